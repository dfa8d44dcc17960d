"""The lexicon as a layer: matchers belong to one Lexicon, patterns are built from its rows."""
import re

from kg.lexicon import Lexicon, PhraseIndex, Phrases, built, lexicon
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
