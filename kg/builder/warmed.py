"""The pipeline, imported and warmed: what the server that the workers are forked from preloads.

The lexicon makes its word lists, cue sets and patterns on first use, and its phrase automaton
again each time a set is added: a fresh worker spent ~0.2 s of CPU on them over its first
articles. Made here once, in the server, every worker forked from it inherits them (wild x2,
2 workers: 0.15 s here against 0.4 s in the workers).
"""
from ..lexicon import lexicon, read_tsv
from ..model import RawDocument
from .work import build_article

# Invented, in the genre's style: a meeting, its chair and guests with their posts, documents cited, dates
_ARTICLE = RawDocument("warm-up.txt", "warm-up.txt", """\
Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Lâm lần thứ 12

Hòa Lâm, ngày 14/3/2023 - Sáng 14/3, Tỉnh ủy Hòa Lâm tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 \
để quán triệt Chỉ thị số 07-CT/TU về công tác cán bộ. Đồng chí Lò Văn Khuê, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, \
Chủ tịch HĐND tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Đinh Thị Mai Lan, Phó Bí thư Thường trực Tỉnh ủy; \
đồng chí Vi Quốc Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Phát biểu tại hội nghị, đồng chí Lò Văn Khuê nhấn mạnh việc triển khai Nghị quyết số 15-NQ/TW của Bộ Chính trị. \
Ông Hà Minh Tâm, Giám đốc Sở Nội vụ, báo cáo kết quả thực hiện Quyết định số 120/QĐ-UBND ngày 2/2/2023 của \
UBND tỉnh. Chiều cùng ngày, Thường trực Tỉnh ủy làm việc với Đảng ủy xã Tân Phong, huyện Mường Khoa.
""")


def _warm() -> None:
    lex = lexicon()
    for relation in {row[1] for row in read_tsv("words.tsv")}:
        lex.words(relation)
    for relation in {row[1] for row in read_tsv("cues.tsv")}:
        lex.cues(relation)
    build_article(_ARTICLE, "")  # what the extractors make of the lexicon on first use, and the automaton of all sets


_warm()
