"""What identity needs the text to yield, on invented sentences: the name without its form of address,
and the post a person is elected to even when the election names its title (chức danh). Without
them a mention has another name or no post, and joins no identity."""
from __future__ import annotations

from datetime import date

from kg.facts import extract_all
from kg.identity import mentions_of, resolve_block
from kg.model import RawDocument
from kg.normalize import normalize


def facts_of(text: str, name: str = "t.txt", published: date = date(2024, 3, 15)):
    return extract_all(normalize(RawDocument(name=name, path=name, text=text, published=published)))


def posts(text: str) -> dict[str, list[tuple[str, str, str | None]]]:
    return {p.name: [(q.role, q.body.name if q.body else "", q.tenure and q.tenure.change.value) for q in p.posts]
            for p in facts_of(text).persons}


def test_a_capitalized_form_of_address_opening_a_list_item_is_not_part_of_the_name():
    found = posts("Dự đại hội có ông Lê Văn Tâm, Phó Chủ tịch Quốc hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam; "
                  "Ông Trần Quang Khải, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương; "
                  "Bà Hà Thị Lộc, Phó Trưởng Ban Nội chính Trung ương.")
    assert set(found) == {"Lê Văn Tâm", "Trần Quang Khải", "Hà Thị Lộc"}
    assert ("Phó Trưởng Ban Tổ chức", "Ban Chấp hành Trung ương", None) in found["Trần Quang Khải"]


def test_a_lowercase_form_of_address_after_a_semicolon_still_opens_a_new_list():
    # "chủ trì hội nghị" is no title: the person after it is not listed with the chair
    text = ("Sáng 2/2, Đảng bộ xã Pà Vầy tổ chức hội nghị tổng kết công tác năm 2023. Đồng chí Mùa A Sính, "
            "Bí thư Đảng ủy xã chủ trì hội nghị; đồng chí Giàng Thị Dua, Phó Trưởng Ban Tổ chức Huyện ủy Mường Tè "
            "dự và phát biểu.")
    [event] = facts_of(text).events
    assert event.chairs == ["Mùa A Sính"]
    assert event.speakers == ["Giàng Thị Dua"]


def test_re_election_to_a_title_named_as_such_starts_it():
    found = posts("Tại hội nghị lần thứ nhất, ông Trần Văn Hải tái đắc cử chức danh Bí thư Tỉnh ủy Phú Yên "
                  "nhiệm kỳ 2020-2025; bà Lê Thị Thu được bầu giữ chức danh Phó Bí thư Tỉnh ủy Phú Yên.")
    assert found["Trần Văn Hải"] == [("Bí thư", "Tỉnh ủy Phú Yên", "start")]
    assert found["Lê Thị Thu"] == [("Phó Bí thư", "Tỉnh ủy Phú Yên", "start")]


def test_an_election_the_text_states_joins_the_person_s_later_article():
    elected = facts_of("Tại hội nghị lần thứ nhất, ông Trần Văn Hải tái đắc cử chức danh Bí thư Tỉnh ủy Phú Yên "
                       "nhiệm kỳ 2015-2020.", "a2015.txt", date(2015, 10, 14))
    later = facts_of("Ông Trần Văn Hải, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phú Yên chủ trì hội nghị.",
                     "a2018.txt", date(2018, 10, 10))
    [identity] = resolve_block(mentions_of(elected) + mentions_of(later))
    assert {m.article for m in identity.mentions} == {"a2015.txt", "a2018.txt"}
    assert "Tỉnh ủy Phú Yên" in identity.members[1][1]
