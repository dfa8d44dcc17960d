"""Events the genre reports under names other than a conference's (kg/lexicon/event_kinds.tsv),
and the header dates that date them, on invented articles."""
from __future__ import annotations

from datetime import date

import pytest

from kg.facts import extract_all
from kg.extract.dates import publication_date
from helpers import article


def event_dates(text: str, published: date | None = None) -> list[date | None]:
    return [e.date for e in extract_all(article(text, published)).events]


@pytest.mark.parametrize("text, expected", [
    ("Trước đó, ngày 12/5/2022, Ủy ban Kiểm tra Huyện ủy Hòa Lợi đã họp kỳ thứ 9 để xem xét kỷ luật.",
     [date(2022, 5, 12)]),
    ("Sau thời gian phấn đấu, quần chúng Lê Thị Mai đã được kết nạp Đảng vào ngày 3 tháng 11 năm 2016.",
     [date(2016, 11, 3)]),
    ("Ngày 4 tháng 8 năm 2019 Đoàn đại biểu Quốc hội tỉnh Hòa Lợi tổ chức tiếp xúc với người dân xã Tân An.",
     [date(2019, 8, 4)]),
    ("Sáng 1/9/2022, lãnh đạo tỉnh Hòa Lợi đến viếng Nghĩa trang liệt sĩ tỉnh.", [date(2022, 9, 1)]),
    ("Ngày 5 và 6/4/2023, đoàn công tác của Tỉnh ủy Hòa Lợi đã có buổi khảo sát tại công ty Tân An.",
     [date(2023, 4, 5)]),
    # a visit to congratulate on a holiday, the handover of a party cell from one committee to another
    ("Nhân dịp Ngày Nhà giáo, sáng ngày 19/11/2024, lãnh đạo huyện Hòa Lợi đã tới chúc mừng thầy cô giáo "
     "Trường THPT Tân An.", [date(2024, 11, 19)]),
    # a gathering, a launch of a campaign, the handing over of recruits
    ("Sáng 28/1/2022, Đảng ủy xã Tân An tổ chức họp mặt kỷ niệm Ngày thành lập Đảng.", [date(2022, 1, 28)]),
    ("Sáng 2/6/2023, Đoàn xã Tân An tổ chức lễ ra quân Chiến dịch thanh niên tình nguyện hè.", [date(2023, 6, 2)]),
    ("Sáng 20/2/2024, huyện Tân Lạc tổ chức Lễ giao nhận quân, tiễn 120 thanh niên lên đường nhập ngũ.",
     [date(2024, 2, 20)]),
    ("Chiều 3/10/2023, Đảng ủy Khối Doanh nghiệp tỉnh Hòa Lợi đã bàn giao tổ chức đảng và đảng viên Chi bộ Công ty "
     "Tân An cho Đảng bộ huyện Tân Lạc.", [date(2023, 10, 3)]),
])
def test_events_named_otherwise(text, expected):
    assert event_dates(text) == expected


def test_a_preparatory_session_the_day_before_a_congress_is_an_event_of_its_own():
    text = ("Sáng 12/8, Đảng bộ phường Hòa Lợi tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Trước đó, tại phiên trù bị đại hội vào ngày 11/8, Đoàn Chủ tịch đại hội đã phát động thi đua.")
    assert event_dates(text) == [date(2025, 8, 12), date(2025, 8, 11)]


@pytest.mark.parametrize("text, expected", [
    ("Tiêu đề\nTỉnh ủy Hòa Lợi làm việc với công ty Tân An 09/04/2024\nNgày 5/4, đoàn công tác theo Quyết định "
     "ngày 08/3/2022.", date(2024, 4, 9)),
    # a title that ends with a date older than one its article writes is no page date
    ("Kỷ niệm ngày thành lập Đảng 3/2/1930\nNgày 30/1/2020, phường Tân An tổ chức lễ kỷ niệm.", None),
])
def test_a_title_ending_with_the_page_date(text, expected):
    assert publication_date(article(text)) == expected


def test_a_count_of_events_held_is_no_event():
    tally = "Năm qua, Huyện ủy Tân An đã tổ chức 12 hội nghị chuyên đề cho cán bộ chủ chốt."
    assert extract_all(article(tally)).events == []


def test_an_inspection_trip_or_a_working_trip_is_an_event():
    got = extract_all(article("Chiều 13-2-2019, Chủ tịch UBND tỉnh Lê Văn Hòa đã có chuyến kiểm tra các công "
                              "trình thủy lợi tại huyện Tân An."))
    assert [(e.date, e.kind, e.attendees) for e in got.events] == \
        [(date(2019, 2, 13), "chuyến kiểm tra", ["Lê Văn Hòa"])]
