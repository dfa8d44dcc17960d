"""Events reported without a date, named by the words that put people at them (kg.extract.undated_events)."""
from __future__ import annotations

from helpers import facts


def undated(text: str) -> list[tuple]:
    return [(e.kind, e.date, e.chairs, sorted(e.attendees), e.speakers) for e in facts(text).events]


def test_guests_at_a_conference_name_an_undated_event():
    got = undated("Dự Hội nghị có đồng chí Lò Văn Khiêm - Phó Bí thư Huyện ủy Mường Khoa. "
                  "Đồng chí Hà Thị Mai - Bí thư Đảng ủy xã Nậm Pồ chủ trì hội nghị.")
    assert got == [("Hội nghị", None, ["Hà Thị Mai"], ["Hà Thị Mai", "Lò Văn Khiêm"], [])]


def test_a_speech_at_the_conference_names_it():
    got = undated("Phong trào thi đua của phường Tân Lộc có nhiều chuyển biến. Tại hội nghị, đồng chí Trịnh Văn Hòa, "
                  "Bí thư Đảng ủy phường Tân Lộc phát biểu, đề nghị các chi bộ phát huy kết quả.")
    assert got == [("Hội nghị", None, [], ["Trịnh Văn Hòa"], ["Trịnh Văn Hòa"])]


def test_a_conference_to_be_attended_is_no_event():
    assert undated("Đồng chí Trịnh Văn Hòa, Bí thư Đảng ủy phường Tân Lộc sẽ dự Hội nghị tổng kết.") == []


def test_a_conference_spoken_of_without_anyone_at_it_is_no_event():
    assert undated("Phường Tân Lộc đang chuẩn bị chu đáo cho hội nghị tổng kết phong trào thi đua.") == []


def test_electing_delegates_to_a_higher_congress_is_no_event_of_the_article():
    assert undated("Phường Tân Lộc có 12 chi bộ. Mỗi chi bộ bầu đoàn đại biểu dự Đại hội cấp trên.\n"
                   "Đồng chí Trịnh Văn Hòa là Bí thư Đảng ủy phường Tân Lộc.") == []


def test_a_badge_handed_over_in_general_is_no_event():
    assert undated("Hằng năm, nhiều đảng viên cao tuổi như đồng chí Trịnh Văn Hòa được trao Huy hiệu Đảng.") == []


def test_flowers_given_to_the_congress_place_the_giver_there():
    got = undated("Đồng chí Vi Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh Hòa Sơn tặng hoa chúc mừng Đại hội.")
    assert got == [("Đại hội", None, [], ["Vi Thị Hạnh"], [])]
