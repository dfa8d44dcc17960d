"""kg.normalize: NFC, modern tone marks, plain dashes and spaces, the offset map, sentences."""
from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kg.model import RawDocument
from kg.normalize import modern_tone, normalize, normalize_text, split_sentences


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def base(ch: str) -> str:
    """A character without its marks, case-folded (đ stays đ)."""
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).casefold()


# --- NFC ---------------------------------------------------------------------------------------

def test_nfd_input_comes_out_nfc():
    source = nfd("Đồng chí Trần Văn An phát biểu tại Hội nghị.")
    assert source != unicodedata.normalize("NFC", source)  # the input really is decomposed
    text, offsets = normalize_text(source)
    assert text == "Đồng chí Trần Văn An phát biểu tại Hội nghị."
    assert unicodedata.is_normalized("NFC", text)
    assert len(offsets) == len(text)


def test_nfd_old_tone_is_nfc_and_modern():
    text, _ = normalize_text(nfd("Uỷ ban nhân dân phường Hoà Bình"))
    assert text == "Ủy ban nhân dân phường Hòa Bình"


# --- tone marks --------------------------------------------------------------------------------

@pytest.mark.parametrize("old, modern", [
    ("uỷ", "ủy"), ("Uỷ ban", "Ủy ban"), ("UỶ BAN", "ỦY BAN"), ("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"),
    ("HOÀ", "HÒA"), ("khoẻ", "khỏe"), ("xoá", "xóa"), ("khoá XIII", "khóa XIII"), ("thuỷ lợi", "thủy lợi"),
    ("Thuý", "Thúy"), ("toà án", "tòa án"), ("uỷ viên, hoà giải", "ủy viên, hòa giải"),
])
def test_old_tone_moves_at_syllable_end(old, modern):
    assert modern_tone(old) == modern
    assert normalize_text(old)[0] == modern


@pytest.mark.parametrize("word", [
    "Đoàn", "Huỳnh", "quý", "Quý", "Quỳnh", "quỹ", "hoàn thành", "ngoài", "Thuyết", "khuya", "thuở", "Hòa", "ủy",
])
def test_tone_not_at_syllable_end_is_unchanged(word):
    assert modern_tone(word) == word
    assert normalize_text(word)[0] == word


def test_tone_change_keeps_length_and_offsets():
    source = "Hoà, uỷ."
    text, offsets = normalize_text(source)
    assert text == "Hòa, ủy."
    assert offsets == list(range(len(source)))


# --- dashes, spaces, invisible characters ----------------------------------------------------------

@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_dashes_become_hyphen(dash):
    assert normalize_text(f"Trần Văn An {dash} Bí thư")[0] == "Trần Văn An - Bí thư"


def test_spaces_collapse_and_edges_trim():
    source = "  Đồng\u00a0chí\t\tTrần \u202f Văn\u2009An  \n  Bí thư   "
    text, _ = normalize_text(source)
    assert text == "Đồng chí Trần Văn An\nBí thư"


def test_newlines_kept_and_crlf_folded():
    text, _ = normalize_text("Dòng một\r\nDòng hai\rDòng ba\n\nDòng bốn")
    assert text == "Dòng một\nDòng hai\nDòng ba\n\nDòng bốn"


def test_invisible_characters_dropped():
    text, _ = normalize_text("\ufeffBí\u200b thư\u00ad Đảng\u200d ủy")
    assert text == "Bí thư Đảng ủy"


# --- offsets -----------------------------------------------------------------------------------

_MESSY = nfd("\ufeff  Sáng\u00a0ngày 11/5 \u2013 Uỷ ban  nhân dân phường Hoà Bình\r\n\r\n"
             "tổ chức\u200b Hội nghị\t sơ kết — thuỷ lợi, Đoàn, Huỳnh, quý.  ")


def _expected_char(src: str) -> str:
    """What one source character becomes (its base letter, for the comparison)."""
    if src in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        return "-"
    if src in "\t\u00a0\u2007\u202f\u2009\u200a\u3000\u000b\u000c":
        return " "
    if src == "\r":
        return "\n"
    return base(src)


@pytest.mark.parametrize("source", [
    _MESSY,
    unicodedata.normalize("NFC", _MESSY),
    "Đồng chí Trần Văn An – Quận ủy viên, Bí thư Đảng ủy phường.\nChiều 3/3, Hội nghị.",
])
def test_every_output_character_maps_back_to_its_source_character(source):
    text, offsets = normalize_text(source)
    assert len(offsets) == len(text)
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)  # strictly increasing
    for i, ch in enumerate(text):
        src = source[offsets[i]]
        assert not unicodedata.combining(src), (i, ch)
        assert base(ch) == _expected_char(src), (i, ch, src)


def test_offsets_point_at_words_in_the_source():
    source = nfd("  Trần\u00a0Văn An   –  Bí thư Đảng uỷ phường Hoà Bình")
    text, offsets = normalize_text(source)
    for word in ("Trần Văn An", "Bí thư", "Đảng ủy", "Hòa Bình"):
        i = text.index(word)
        j = i + len(word) - 1
        # the source from the first character's offset to past the last one's cluster reads the same word
        end = offsets[j] + 1
        while end < len(source) and unicodedata.combining(source[end]):
            end += 1
        assert modern_tone(" ".join(source[offsets[i]:end].split())) == word


# --- sentences ---------------------------------------------------------------------------------

def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_sentences_split_at_end_marks_and_newlines():
    assert sentences("Hội nghị đã diễn ra. Đồng chí An phát biểu! Ai dự? Có.\nDòng mới") == [
        "Hội nghị đã diễn ra.", "Đồng chí An phát biểu!", "Ai dự?", "Có.", "Dòng mới"]


def test_sentences_do_not_split_inside_dates_codes_and_numbers():
    text = "Ngày 11.5.2022, Đảng ủy quán triệt Chỉ thị số 05-CT/TW. Tỷ lệ đạt 98.5%, tăng 1.2 điểm."
    assert sentences(text) == ["Ngày 11.5.2022, Đảng ủy quán triệt Chỉ thị số 05-CT/TW.",
                               "Tỷ lệ đạt 98.5%, tăng 1.2 điểm."]


def test_sentence_spans_cover_only_text():
    text = "Một câu.   \n\n  Câu hai."
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == ["Một câu.", "Câu hai."]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_a_numbered_item_and_a_line_ending_in_a_comma_are_one_sentence():
    assert sentences("Chủ trì gồm:\n1. Đồng chí An - Bí thư Huyện ủy,\nChủ tịch HĐND huyện;\n2. Đồng chí Bình.") == [
        "Chủ trì gồm:", "1. Đồng chí An - Bí thư Huyện ủy,\nChủ tịch HĐND huyện;", "2. Đồng chí Bình."]


def test_normalize_builds_article():
    raw = RawDocument(name="a.txt", path="/x/a.txt", text=nfd("Uỷ ban họp. Hoà Bình vui."), title="Tin",
                      published=date(2022, 6, 1), url="https://example.org/a")
    article = normalize(raw)
    assert article.text == "Ủy ban họp. Hòa Bình vui."
    assert article.source_text == raw.text
    assert len(article.offsets) == len(article.text)
    assert [article.text[s.start:s.end] for s in article.sentences] == ["Ủy ban họp.", "Hòa Bình vui."]
    assert (article.name, article.path, article.title, article.published, article.url) == (
        "a.txt", "/x/a.txt", "Tin", date(2022, 6, 1), "https://example.org/a")


def test_sentence_keeps_its_closing_quote():
    # the closing quote belongs to the sentence it ends; evidence quotes whole sentences
    assert sentences("Đồng chí An nói: “Phải làm tốt hơn.” Sau đó hội nghị bế mạc.") == [
        "Đồng chí An nói: “Phải làm tốt hơn.”", "Sau đó hội nghị bế mạc."]


@pytest.mark.parametrize("abbreviation", ["TP.", "Tp."])
def test_sentence_does_not_end_at_a_place_abbreviation(abbreviation):
    # "TP. Hồ Chí Minh" is one name: a break there cuts a title from its person and a date from its event
    text = f"Sáng 5/3, Thành ủy {abbreviation} Hồ Chí Minh tổ chức Hội nghị. Đồng chí An chủ trì."
    assert sentences(text) == [f"Sáng 5/3, Thành ủy {abbreviation} Hồ Chí Minh tổ chức Hội nghị.",
                               "Đồng chí An chủ trì."]


def test_an_eth_put_for_d_is_the_vietnamese_d():
    # some old encodings' converters write the Icelandic eth (U+00D0, U+00F0) for Đ and đ
    text, offsets = normalize_text("\u00d0ại hội \u00f0ảng bộ")
    assert text == "Đại hội đảng bộ" and offsets == list(range(len(text)))


def test_a_council_written_with_the_eth_is_the_council():
    from helpers import posts
    assert posts("Ông Lê Văn Ba, Chủ tịch H\u00d0ND xã Tân Mỹ, phát biểu.")["Lê Văn Ba"] == \
        [("Chủ tịch", "Hội đồng nhân dân xã Tân Mỹ")]
