"""Phrases answers as the case-insensitive regex alternation it replaced would."""
import re

from hypothesis import given, strategies as st

from kg.lexicon import Phrases

SURFACES = ["Bí thư", "Phó Bí thư", "Bí thư Thường trực", "Ban", "Ban Thường vụ", "TP.", "Ủy ban"]


def regex_of(surfaces):
    parts = []
    for surface in sorted(set(surfaces), key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(w) for w in surface.split())
        parts.append(body + (r"(?![^\W_])" if surface[-1].isalnum() else ""))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")", re.IGNORECASE)


def test_longest_phrase_at_a_position_wins():
    text = "Ông A, Phó Bí thư Thường trực, dự họp."
    found = [m.group() for m in Phrases(SURFACES).finditer(text)]
    assert found == ["Phó Bí thư"]  # "Bí thư Thường trực" starts inside it: matches do not overlap
    assert Phrases(SURFACES).match(text, text.index("Bí")).group() == "Bí thư Thường trực"


def test_word_edges_and_case():
    phrases = Phrases(SURFACES)
    assert phrases.search("Bandung, BAN THƯỜNG VỤ họp").group() == "BAN THƯỜNG VỤ"
    assert phrases.search("Tổ Bí thưa") is None  # "thư" runs on into a longer word
    assert phrases.search("đến TP.HCM").group() == "TP."  # ends in a dot: no edge needed after it


def test_words_apart_by_a_newline_and_endpos():
    phrases = Phrases(SURFACES)
    assert phrases.search("Ủy\nban nhân dân").span() == (0, 6)
    text = "Ban Thường vụ"
    assert phrases.search(text, 0, 8).group() == "Ban"  # the longer phrase runs past endpos


WORDS = st.sampled_from(["Bí", "thư", "Phó", "Ban", "ban", "Thường", "trực", "vụ", "Ủy", "TP.", "HCM", "x", ",", "1"])


@given(st.lists(st.tuples(WORDS, st.sampled_from([" ", " ", "\n", ""])), max_size=14), st.integers(0, 40))
def test_same_matches_as_the_regex(words, pos):
    text = "".join(w + sep for w, sep in words)
    regex, phrases = regex_of(SURFACES), Phrases(SURFACES)
    assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in regex.finditer(text)]
    expected = regex.match(text, pos)
    got = phrases.match(text, pos)
    assert (got and got.span()) == (expected and expected.span())
