"""The lexicon as a layer: matchers belong to one Lexicon, patterns are built from its rows."""
import re

import pytest

from kg.lexicon import LEXICON_DIR, Lexicon, PhraseIndex, Phrases, built, files, lexicon, read_tsv, word_pattern
from kg.extract.address import trigger_re


def _tiny_lexicon() -> Lexicon:
    return Lexicon(roles={}, departments={}, department_titles={}, bodies={}, parts={}, levels={},
                   place_abbreviations={}, surnames=frozenset())


def test_phrase_sets_of_one_index_are_read_together_and_a_new_set_disturbs_no_other():
    index = PhraseIndex()
    chairs, speaks = Phrases(["chủ trì"], index), Phrases(["phát biểu"], index)
    text = "Đồng chí Lò Văn Pả chủ trì và phát biểu tại hội nghị."
    assert chairs.search(text).group() == "chủ trì"
    Phrases(["chủ trì hội nghị"])  # a set made on its own has an index of its own
    Phrases(["hội nghị"], index)  # a set added later to the index is read on the next question
    assert speaks.search(text).group() == "phát biểu"
    assert chairs.search(text).group() == "chủ trì"


def test_a_matcher_is_built_once_per_lexicon():
    calls = []

    @built
    def greeting(lex: Lexicon) -> Phrases:
        calls.append(lex)
        return lex.phrases(["xin chào"])

    mine, other = _tiny_lexicon(), _tiny_lexicon()
    assert greeting(lex=mine) is greeting(lex=mine)
    assert greeting(lex=other) is not greeting(lex=mine)
    assert calls == [mine, other]
    assert greeting() is greeting(lex=lexicon())  # the default lexicon when none is given


def test_a_pattern_is_the_relation_s_words_in_order_with_any_whitespace_inside_a_word():
    pattern = re.compile(lexicon().pattern("comrade", "address"))
    assert pattern.fullmatch("đồng\nchí") and pattern.fullmatch("đ/c") and pattern.fullmatch("bà")
    assert not pattern.fullmatch("anh")  # a familiar form of address is a relation of its own


def test_forms_of_address_before_a_name_come_from_the_lexicon():
    text = "Dự có các đ/c: Quàng Thị Mai, ông Vi Văn Tới và bà Lù Thị Sen."
    assert [m.group().strip() for m in trigger_re().finditer(text)] == ["các đ/c:", "ông", "bà"]


def test_every_lexicon_file_reads_whole():
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        assert read_tsv(path.name), path.name


def test_a_row_that_lost_its_tab_is_refused_with_its_file_and_line(monkeypatch, tmp_path):
    (tmp_path / "cues.tsv").write_text("# cue\trelation\ndự\tattend\nnói thêm\n", encoding="utf-8")
    monkeypatch.setattr(files, "LEXICON_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"cues\.tsv, line 3: one column where its rows have more"):
        files.read_tsv("cues.tsv")


def _words_tsv_relations() -> tuple[list[str], set[str]]:
    """The relations of words.tsv in the order first written, and those a comment line names
    (``# a, b: what they are``)."""
    relations, described = [], set()
    for line in (LEXICON_DIR / "words.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and ":" in line:
            described.update(name.strip() for name in line[2:].split(":", 1)[0].split(","))
        elif line and not line.startswith("#"):
            relation = line.split("\t")[1]
            if relation not in relations:
                relations.append(relation)
    return relations, described


def test_every_relation_of_words_tsv_is_described_before_its_rows_and_read_by_the_code():
    relations, described = _words_tsv_relations()
    assert len(relations) > 20
    assert [r for r in relations if r not in described] == []
    code = "\n".join(path.read_text(encoding="utf-8") for path in (LEXICON_DIR.parent).rglob("*.py"))
    slots = {name for slot in re.findall(r"\{([a-z][a-z-]*(?:,[a-z][a-z-]*)*)\}", code) for name in slot.split(",")}
    assert [r for r in relations if f'"{r}"' not in code and f"'{r}'" not in code and r not in slots] == []


def test_a_word_pattern_fills_its_slots_with_relations_and_keeps_quantifiers():
    pattern = word_pattern(r"{of,by}\s+\d{1,4}", re.IGNORECASE)
    assert pattern().fullmatch("CỦA 12") and pattern().fullmatch("do 1234")
    assert not pattern().fullmatch("của 12345")
    assert pattern() is pattern()  # compiled once per lexicon
