"""Who was present at an event (gold/FORMAT.md "Who was present"), on invented articles."""
from __future__ import annotations

from datetime import date

from helpers import facts


def people(text: str, published: date | None = None) -> list[tuple]:
    return [(e.date, sorted(e.chairs), sorted(e.attendees), sorted(e.speakers)) for e in facts(text, published).events]


def test_people_elected_or_designated_at_a_congress_were_present():
    text = ("Sáng 12/8, Đảng bộ xã Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Đồng chí Lê Văn Minh tái đắc cử Bí thư Đảng ủy xã.\n"
            "Các đại biểu đã bầu đồng chí Trần Thị Lan giữ chức Phó Bí thư Đảng ủy xã.\n"
            "Đồng chí Hoàng Văn Sơn được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.\n"
            "Năm 2015, đồng chí Phạm Văn Hùng được bầu làm Chủ tịch UBND xã.")
    assert people(text) == [(date(2025, 8, 12), [], ["Hoàng Văn Sơn", "Lê Văn Minh", "Trần Thị Lan"], [])]


def test_a_cue_with_a_subject_of_its_own_makes_no_speaker_of_a_person_far_after_it():
    text = ("Sáng 12/4, Chi đoàn trường Tân An tổ chức Đại hội nhiệm kỳ 2022-2027.\n"
            "Đại hội đã tổng kết, đánh giá công tác Đoàn và phong trào thanh niên của nhà trường trong nhiệm kỳ qua; "
            "đề ra các nhiệm vụ, giải pháp cho nhiệm kỳ mới; bầu Ban Chấp hành khóa mới gồm 5 đồng chí, và đồng chí "
            "Lê Thị Mai được bầu giữ chức Bí thư Chi đoàn.")
    assert people(text) == [(date(2022, 4, 12), [], ["Lê Thị Mai"], [])]


def test_a_cue_put_before_its_subject_near_it():
    text = ("Sáng 12/4/2023, Đảng ủy xã Tân An tổ chức Hội nghị sơ kết.\n"
            "Phát biểu chỉ đạo hội nghị, đồng chí Lê Văn Minh, Phó Bí thư Huyện ủy đề nghị xã làm tốt công tác dân vận.\n"
            "Chủ trì hội nghị ông Trần Văn Hòa - Bí thư Đảng ủy xã.")
    assert people(text) == [(date(2023, 4, 12), ["Trần Văn Hòa"], ["Lê Văn Minh", "Trần Văn Hòa"], ["Lê Văn Minh"])]


def test_the_one_a_meeting_heard_spoke():
    text = ("Ngày 21/10/2016, Tỉnh ủy Tân An tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương.\n"
            "Hội nghị đã nghe đồng chí Lê Văn Minh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, thông báo kết quả "
            "Hội nghị Trung ương.")
    assert people(text) == [(date(2016, 10, 21), [], ["Lê Văn Minh"], ["Lê Văn Minh"])]


def test_those_listed_after_an_election_were_elected_with_it():
    text = ("Sáng 23/9, Đảng bộ tỉnh Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Bộ Chính trị chỉ định 2 Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Minh, Chủ tịch HĐND tỉnh; ông Trần Văn Hòa, "
            "Chủ tịch UBND tỉnh.\n"
            "Ông Hoàng Văn Sơn được chỉ định giữ chức Bí thư Tỉnh ủy.\n"
            "Các Ủy viên Ban Thường vụ gồm có: bà Phạm Thị Thu, ông Đỗ Văn Nam.")
    assert people(text) == [(date(2025, 9, 23), [], ["Hoàng Văn Sơn", "Lê Văn Minh", "Phạm Thị Thu", "Trần Văn Hòa",
                                                     "Đỗ Văn Nam"], [])]


def test_a_delegation_and_the_guests_listed_after_the_lead_were_present():
    text = ("Sáng 31/8/2023, lãnh đạo tỉnh Tân An đến viếng Nghĩa trang liệt sĩ tỉnh.\n"
            "Đồng chí Lê Văn Minh, Bí thư Tỉnh ủy; đồng chí Trần Văn Hòa, Chủ tịch UBND tỉnh.\n"
            "Tham gia đoàn có các đồng chí: Hoàng Văn Sơn, Phó Bí thư Tỉnh ủy; Phạm Thị Thu, Phó Chủ tịch HĐND tỉnh.")
    assert people(text) == [(date(2023, 8, 31), [], ["Hoàng Văn Sơn", "Lê Văn Minh", "Phạm Thị Thu", "Trần Văn Hòa"],
                             [])]


def test_reading_a_decision_affirming_or_swearing_is_speaking():
    text = ("Sáng 12/5/2024, Chi bộ trường Tân An tổ chức lễ kết nạp đảng viên.\n"
            "Đồng chí Lê Văn Minh, Bí thư Chi bộ đọc quyết định kết nạp và trao quyết định cho đồng chí Trần Thị Lan.\n"
            "Đồng chí Trần Thị Lan tuyên thệ trước cờ Đảng.\n"
            "Đồng chí Hoàng Văn Sơn, Phó Bí thư Đảng ủy xã khẳng định chi bộ sẽ tiếp tục giúp đỡ đảng viên mới.")
    assert people(text) == [(date(2024, 5, 12), [], ["Hoàng Văn Sơn", "Lê Văn Minh", "Trần Thị Lan"],
                             ["Hoàng Văn Sơn", "Lê Văn Minh", "Trần Thị Lan"])]


def test_the_leader_of_a_delegation_chairs_only_the_visit_its_own_sentence_reports():
    visit = ("Sáng 12/5/2024, đoàn công tác của Tỉnh ủy Tân An do đồng chí Lê Văn Minh, Phó Bí thư Tỉnh ủy làm trưởng "
             "đoàn đã có buổi làm việc với Đảng ủy xã Phú Hòa.")
    assert people(visit) == [(date(2024, 5, 12), ["Lê Văn Minh"], ["Lê Văn Minh"], [])]
    delegation = ("Sáng 12/5/2024, Tỉnh đoàn Tân An tổ chức buổi gặp mặt đoàn đại biểu dự Đại hội Đoàn toàn quốc.\n"
                  "Đoàn đại biểu của tỉnh gồm 10 đại biểu do đồng chí Lê Văn Minh, Bí thư Tỉnh đoàn làm trưởng đoàn.")
    assert people(delegation) == [(date(2024, 5, 12), [], ["Lê Văn Minh"], [])]


def test_the_honoured_the_replaced_a_name_in_a_quoted_theme_and_a_photo_credit_are_not_present():
    text = ("Sáng 12/5/2024, đoàn đại biểu tỉnh Tân An do đồng chí Lê Văn Minh, Bí thư Tỉnh ủy dẫn đầu đến viếng "
            "Anh hùng Nguyễn Văn Trỗi tại khu tưởng niệm và sinh hoạt chuyên đề “Học tập tấm gương của "
            "đồng chí Phạm Văn Đồng”.\n"
            "Tại buổi lễ, đồng chí Hoàng Văn Sơn được chỉ định giữ chức Phó Bí thư thay ông Trần Văn Hòa.\n"
            "Đồng chí Hoàng Văn Sơn phát biểu tại buổi lễ. ẢNH: ĐINH THỊ MAI")
    assert people(text) == [(date(2024, 5, 12), [], ["Hoàng Văn Sơn", "Lê Văn Minh"], ["Hoàng Văn Sơn"])]


def test_candidates_introduced_to_voters_are_not_placed_at_the_consultation():
    text = ("Sáng 12/1/2026, Văn phòng Tỉnh ủy Tân An tổ chức hội nghị lấy ý kiến cử tri nơi công tác.\n"
            "Tại hội nghị, đồng chí Lê Văn Minh, Chánh Văn phòng giới thiệu ông Trần Văn Hòa, Phó Bí thư Tỉnh ủy; "
            "bà Hoàng Thị Mai, chuyên viên Phòng Tổng hợp ứng cử đại biểu HĐND tỉnh.\n"
            "Cũng tại hội nghị, các cử tri đã giới thiệu 3 người ứng cử gồm: ông Phạm Văn Đức; bà Ngô Thị Hạnh.")
    assert people(text) == [(date(2026, 1, 12), [], ["Lê Văn Minh"], ["Lê Văn Minh"])]


def test_one_introduced_for_election_at_a_session_is_present_not_a_speaker():
    text = ("Sáng 12/7/2024, HĐND tỉnh Tân An tổ chức kỳ họp chuyên đề.\n"
            "Giới thiệu ông Trần Văn Hòa, Giám đốc Sở Tài chính bầu giữ chức Phó Chủ tịch UBND tỉnh.\n"
            "Bà Hoàng Thị Mai được giới thiệu bầu giữ chức Phó Chủ tịch HĐND tỉnh.")
    assert people(text) == [(date(2024, 7, 12), [], ["Hoàng Thị Mai", "Trần Văn Hòa"], [])]


def test_the_verbs_of_a_purpose_clause_make_no_speaker():
    text = ("Chiều 4/9/2025, bà Lê Thị Mai, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy chủ trì kỳ họp thứ 5 để xem xét, "
            "kết luận một số nội dung.")
    assert people(text) == [(date(2025, 9, 4), ["Lê Thị Mai"], ["Lê Thị Mai"], [])]


def test_a_list_of_members_after_the_election_names_people_elected_even_past_a_sentence_between():
    text = ("Sáng 12/8, Đảng bộ tỉnh Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Đồng chí Lê Văn Minh được bầu giữ chức Bí thư Tỉnh ủy.\n"
            "Sau đại hội, đồng chí Phạm Văn Hùng sẽ nhận nhiệm vụ mới.\n"
            "Các Phó Bí thư Tỉnh ủy gồm có: bà Trần Thị Lan (Phó Bí thư Thường trực), ông Hoàng Văn Sơn "
            "(Chủ tịch UBND tỉnh).")
    assert people(text) == [(date(2025, 8, 12), [], ["Hoàng Văn Sơn", "Lê Văn Minh", "Trần Thị Lan"], [])]


def test_a_list_of_members_with_no_election_at_the_event_places_no_one():
    text = ("Sáng 12/8, Tỉnh ủy Tân An tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2025.\n"
            "Các Phó Bí thư Tỉnh ủy gồm có: bà Trần Thị Lan, ông Hoàng Văn Sơn.")
    assert people(text) == [(date(2025, 8, 12), [], [], [])]


def test_one_who_passes_the_list_of_candidates_before_voters_speaks():
    text = ("Chiều 9/3/2026, Ủy ban MTTQ tỉnh Tân An tổ chức hội nghị tiếp xúc cử tri của những người ứng cử.\n"
            "Phó Chủ tịch Ủy ban MTTQ tỉnh Lê Thị Hồng thông qua danh sách 5 người ứng cử tại đơn vị bầu cử số 2.")
    assert people(text) == [(date(2026, 3, 9), [], ["Lê Thị Hồng"], ["Lê Thị Hồng"])]


def test_an_event_that_has_just_taken_place_is_the_articles_event_without_a_date():
    text = ("Đoàn công tác của Sở Nội vụ do ông Hà Văn Lộc, Giám đốc Sở dẫn đầu vừa có chuyến thăm và làm việc "
            "tại xã Phú Mỹ. Tiếp đoàn có ông Trịnh Quang Huy, Chủ tịch UBND xã.")
    assert people(text) == [(None, [], ["Hà Văn Lộc", "Trịnh Quang Huy"], [])]


def test_a_party_badge_handed_over_on_a_day_without_a_year_is_an_undated_ceremony():
    text = ("Ngày 14/3, đồng chí Đào Minh Khôi - Phó Bí thư Huyện ủy đã đến thăm và trao Huy hiệu Đảng tặng "
            "đảng viên Lý Văn Sính. Cùng dự có đồng chí Vi Thị Nga - Chủ tịch Ủy ban MTTQ huyện.")
    events = facts(text).events
    assert [(e.kind, e.date) for e in events] == [("lễ trao Huy hiệu Đảng", None)]
    assert {"Đào Minh Khôi", "Vi Thị Nga"} <= set(events[0].attendees)


def test_a_visit_planned_is_no_event_that_just_happened():
    text = "Tuần tới, đoàn công tác của Sở Nội vụ dự kiến sẽ có chuyến thăm và làm việc tại xã Phú Mỹ."
    assert facts(text).events == []


def test_a_person_introduced_by_an_academic_degree_alone_is_named_and_speaks():
    text = ("Ngày 27/9/2025, Đảng ủy phường Tân Hưng tổ chức hội nghị thông tin thời sự quý III. "
            "Tại hội nghị, TS Trần Văn An, Phó Trưởng Khoa Lý luận, Trường Chính trị tỉnh, thông tin tình hình "
            "thời sự trong nước. PGS. TS. Lê Thị Bình, giảng viên Trường Chính trị tỉnh, phát biểu.")
    assert people(text) == [(date(2025, 9, 27), [], ["Lê Thị Bình", "Trần Văn An"], ["Lê Thị Bình", "Trần Văn An"])]


def test_one_who_speaks_on_behalf_of_the_presidium_speaks_but_does_not_chair():
    text = ("Sáng 18/6/2020, Đảng bộ huyện Yên Lạc tổ chức Đại hội đại biểu lần thứ XXV. "
            "Thay mặt Đoàn Chủ tịch Đại hội, đồng chí Trần Văn An, Bí thư Huyện ủy đọc diễn văn khai mạc.")
    assert people(text) == [(date(2020, 6, 18), [], ["Trần Văn An"], ["Trần Văn An"])]


def test_those_who_take_a_post_after_an_election_at_a_congress_were_present():
    text = ("Ngày 14/8, Đảng bộ phường Bình Lâm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Ông Đào Văn Khải được chỉ định giữ chức Bí thư Đảng ủy phường.\n"
            "Ông Lý Văn Tài, Chủ tịch HĐND phường, giữ chức Phó Bí thư Thường trực; bà Mạc Thị Hoa, Chủ tịch "
            "UBND phường, giữ chức Phó Bí thư.")
    assert people(text, date(2025, 8, 15)) == [(date(2025, 8, 14), [], ["Lý Văn Tài", "Mạc Thị Hoa", "Đào Văn Khải"],
                                                [])]


def test_one_who_holds_a_post_is_not_present_without_an_election_at_the_event():
    text = ("Ngày 14/8, Đảng ủy phường Bình Lâm tổ chức hội nghị sơ kết 6 tháng.\n"
            "Ông Đào Văn Khải, Bí thư Đảng ủy phường, chủ trì hội nghị.\n"
            "Ông Lý Văn Tài giữ chức Phó Bí thư Đảng ủy phường từ tháng 3.")
    assert people(text, date(2025, 8, 15)) == [(date(2025, 8, 14), ["Đào Văn Khải"], ["Đào Văn Khải"], [])]


def test_a_cue_put_before_a_list_of_people_with_titles_governs_the_whole_list():
    got = facts("Sáng 5/12/2025, HĐND xã Tân An tổ chức kỳ họp thứ 6.\n"
                "Chủ tọa kỳ họp: Ông Lê Văn Tường - Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Trần Hoài Nam - Phó Chủ "
                "tịch HĐND xã.")
    assert [(e.chairs, sorted(e.attendees)) for e in got.events] == \
        [(["Lê Văn Tường", "Trần Hoài Nam"], ["Lê Văn Tường", "Trần Hoài Nam"])]



def test_people_who_witness_the_event_were_present():
    got = facts("Sáng 17/9/2020, Đảng ủy Khối cơ quan tỉnh Tân An đã bàn giao tổ chức đảng của Chi bộ Công ty Xây dựng "
                "Hòa Bình cho Đảng bộ huyện Tân Lập.\n\n"
                "Bí thư Huyện ủy Tân Lập Lê Văn Bình; Phó Bí thư Đảng ủy Khối Trần Văn Hòa cùng lãnh đạo hai đơn vị "
                "chứng kiến Ban Tổ chức hai bên ký biên bản giao nhận.")
    assert [sorted(e.attendees) for e in got.events] == [["Lê Văn Bình", "Trần Văn Hòa"]]
