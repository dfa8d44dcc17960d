"""Each fact's evidence quotes the source text as read (decoded, in NFC), Web Annotation's way:
oa:exact is the source's own characters between oa:start and oa:end (the normalized sentence has
its dashes, spaces and tone marks changed)."""
from __future__ import annotations

from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main
from kg.normalize import normalize_text
from kg.vocab import OA, RDF, VNKG

# Invented: an en dash and a non-breaking space, doubled spaces and old-style tone marks (Hoà),
# each changed by normalization.
SOURCE = ("Ngày đăng 05/06/2024 | 09:10\n"
          "Sáng 5/6, Đảng ủy xã Hoà  Thịnh tổ chức Hội nghị quán triệt Chỉ thị số 12-CT/TU.\n"
          "Đồng chí Phạm Quốc Việt \u2013 Bí\u00a0thư Đảng ủy xã chủ trì hội nghị.\n")


def test_every_quote_is_the_source_text_between_its_offsets(tmp_path):
    (tmp_path / "in").mkdir()
    article = tmp_path / "in" / "hoa-thinh.txt"
    article.write_bytes(SOURCE.encode("utf-8"))
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-view", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    dataset = Dataset(default_union=True)
    dataset.parse(tmp_path / "out" / "graph.trig", format="trig")
    quotes = []
    for evidence in set(dataset.subjects(RDF.type, VNKG.Evidence)):
        exact = str(dataset.value(evidence, OA.exact))
        start, end = dataset.value(evidence, OA.start).toPython(), dataset.value(evidence, OA.end).toPython()
        assert SOURCE[start:end] == exact
        quotes.append(exact)
    chair = next(q for q in quotes if "chủ trì" in q)
    assert chair == "Đồng chí Phạm Quốc Việt \u2013 Bí\u00a0thư Đảng ủy xã chủ trì hội nghị."
    assert normalize_text(chair)[0] == "Đồng chí Phạm Quốc Việt - Bí thư Đảng ủy xã chủ trì hội nghị."
    assert any("Hoà  Thịnh" in q for q in quotes)
