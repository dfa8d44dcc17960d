"""Events on a large single-line article: every loop that pairs facts with facts looks them up
in an index or a window, so the time grows with the article's size, not its square
(issue 17). These tests check what is found on such an input; they time nothing."""
from __future__ import annotations

from datetime import date

from helpers import facts

REPEATS = 400


def large_article() -> str:
    """One line: a conference, then REPEATS sentences where its guests take up a document each,
    and REPEATS further meetings the article says took place, one a month apart."""
    parts = ["Sáng 3/4/2022, Đảng ủy phường Hòa Lợi tổ chức Hội nghị quán triệt, đồng chí Trần Văn An – Bí thư "
             "Đảng ủy phường chủ trì. "]
    for i in range(REPEATS):
        parts.append(f"Tham dự có đồng chí Lê Thị Bình, các đại biểu được quán triệt Chỉ thị số {i + 1}-CT/TW "
                     f"của Bộ Chính trị. ")
    for i in range(REPEATS):
        year, month = 1990 + i // 12, i % 12 + 1
        parts.append(f"Trước đó, ngày 15/{month}/{year}, Hội nghị sơ kết đã diễn ra, đồng chí Phạm Văn Cường "
                     f"phát biểu. ")
    return "".join(parts)


def test_a_large_article_keeps_every_event_document_and_person():
    found = facts(large_article())
    main, *others = found.events
    assert (main.date, main.chairs, sorted(main.attendees)) == (date(2022, 4, 3), ["Trần Văn An"],
                                                                ["Lê Thị Bình", "Trần Văn An"])
    assert [d.code for d in main.documents] == [f"{i + 1}-CT/TW" for i in range(REPEATS)]
    assert len(others) == REPEATS
    assert {o.date for o in others} == {date(1990 + i // 12, i % 12 + 1, 15) for i in range(REPEATS)}
    assert all(o.speakers == ["Phạm Văn Cường"] for o in others)
