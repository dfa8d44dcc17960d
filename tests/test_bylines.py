"""kg.extract.bylines: the authors and photographers of invented articles."""
from __future__ import annotations

import pytest

from kg.facts import extract_all
from kg.extract.bylines import bylines
from helpers import article

STORY = ("Sáng 5/3, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết. Đồng chí Trần Văn An, Bí thư Đảng ủy xã, "
         "chủ trì hội nghị.")


def names(text: str) -> list[str]:
    return [name for name, _ in bylines(text)]


@pytest.mark.parametrize("text, expected", [
    (f"Xã Tân Lập sơ kết nửa năm\n\nHoài Thương\n\n{STORY}", ["Hoài Thương"]),  # between headline and story
    (f"Xã Tân Lập sơ kết nửa năm\n\nPHAN KHÁNH\n{STORY}", ["Phan Khánh"]),
    (f"Xã Tân Lập sơ kết nửa năm\n\nThu Vân - 09:45 12/03/2024 GMT+7\n{STORY}", ["Thu Vân"]),
    (f"Xã Tân Lập sơ kết nửa năm\n{STORY}\nNgọc Hải\nChia sẻ\nTin cùng chuyên mục", ["Ngọc Hải"]),  # page furniture after
    (f"Xã Tân Lập sơ kết\n{STORY}\nQuang cảnh hội nghị. Ảnh: Lệ Thu\n{STORY}", ["Lệ Thu"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị (Ảnh: Minh Trí/TTXVN).\n{STORY}", ["Minh Trí"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị. (ảnh Đình Văn)\n{STORY}", ["Đình Văn"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị ẢNH: LƯƠNG THẾ BẢO\n{STORY}", ["Lương Thế Bảo"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nBài và ảnh: Hà Phương", ["Hà Phương"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nTin, ảnh:QUỲNH ANH", ["Quỳnh Anh"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nKim Oanh - Lê Duy", ["Kim Oanh", "Lê Duy"]),
    (f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu biểu quyết. Ảnh: Thu Hằng\n{STORY}\nBài, ảnh: Vũ Thu Hằng",
     ["Vũ Thu Hằng"]),  # the photographer is the author named in full
    (f"Xã Tân Lập sơ kết\n{STORY}\nH.VĂN", ["H.Văn"]),
])
def test_bylines_and_photo_credits_name_their_authors(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị. Ảnh: T.N\n{STORY}",  # initials only
    f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị. Ảnh: TTXVN\n{STORY}",  # an outlet
    f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị. Ảnh: Cổng TTĐT Lâm Hà\n{STORY}",
    f"Xã Tân Lập sơ kết\n{STORY}\nĐại biểu dự hội nghị. Ảnh: Báo Lâm Đồng\n{STORY}",
    f"Xã Tân Lập sơ kết\n\nThứ Hai, 11/03/2024 - 08:30\n\n{STORY}",  # a weekday is no name
    f"Xã Tân Lập sơ kết\n{STORY}\nHòa Bình\n{STORY}",  # a province heading a section
    f"Xã Tân Lập sơ kết\n{STORY}\nÔng Lê Văn Bình - Phó Bí thư Đảng ủy, Chủ tịch UBND xã phát biểu",
    f"Ảnh hưởng của mưa lớn\n{STORY}",
])
def test_lines_that_credit_no_person(text):
    assert names(text) == []


def test_an_author_is_a_person_of_the_article():
    doc = article(f"Xã Tân Lập sơ kết\n\nHoài Thương\n\n{STORY}")
    facts = extract_all(doc)
    assert [(p.name, p.is_author) for p in facts.persons] == [("Trần Văn An", False), ("Hoài Thương", True)]
