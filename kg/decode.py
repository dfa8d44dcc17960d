"""Bytes to text: whatever encoding a Vietnamese article is in, NFC Unicode out.

Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258), mojibake (UTF-8 read as cp1252)
and legacy-font text stored as Unicode are mended here; bytes that are no text (a PDF,
a binary named ``.txt``) raise Unreadable, in plain words.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

# ftfy and viparse are imported where a text needs them: they were 60 ms of every process's start,
# and Unicode articles never call them.

_OTHER_FORMATS = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive (a .docx or .odt document?)"),
                  (b"\xd0\xcf\x11\xe0", "a Word 97-2003 document"), (b"{\\rtf", "an RTF document"))

# viparse scores legacy encodings by trial conversion; a prefix decides as well as
# the whole text and keeps detection cheap on a 20 MB file.
LEGACY_DETECTION_SAMPLE = 20_000
# viparse's own floor for telling an encoding from the content.
MIN_LEGACY_SAMPLE = 24
# Beyond this share of control characters a "text" is really a binary.
MAX_CONTROL_SHARE = 0.01
# Windows-1258 is accepted only when the non-ASCII characters it yields are
# (almost all) Vietnamese letters: other 8-bit encodings read through it give symbols.
MIN_VIETNAMESE_SHARE = 0.9

_TONE_MARKS = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_VIETNAMESE_LOWER = frozenset(
    unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy" for tone in _TONE_MARKS
) | {"đ"}
_VIETNAMESE_LETTERS = _VIETNAMESE_LOWER | {letter.upper() for letter in _VIETNAMESE_LOWER}
_UNICODE_ONLY_LETTERS = frozenset(c for c in _VIETNAMESE_LETTERS if ord(c) > 0xFF)
# Typography that Vietnamese Windows text carries besides letters.
_TYPOGRAPHY = frozenset("\u00a0“”‘’–—…•°€")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROLS_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc, but for _ALLOWED_CONTROLS
# What mojibake looks like: UTF-8 read as cp1252 or Latin-1 turns each lead byte into
# Â..ô and each continuation byte into a C1 control, a Latin-1 sign or a cp1252
# punctuation mark; a C1 control alone, or a lost byte (U+FFFD) after a lead, is
# also ftfy's to mend, and so is a no-break space turned into a space after the leads
# ftfy watches for that (its ALTERED_UTF8_RE: "Â " is a mangled U+00A0). Text without
# any of it is left alone: ftfy's own test for mojibake costs as much as extracting the article.
_MOJIBAKE_HINT_RE = re.compile(
    "[\x80-\x9f]|[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]|[ÂÃÅÎÐÙ] ")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Unreadable(ValueError):
    """Why an input cannot be read, in plain words; turned into a ReadProblem."""


def decode_bytes(data: bytes) -> str:
    """The text in ``data`` as NFC Unicode, whatever Vietnamese encoding it is in.

    Tries, in order: a byte-order mark (UTF-8/16/32), UTF-8 (a character cut off
    at the very end is dropped), then the 8-bit encodings TCVN3, VNI and
    Windows-1258. UTF-8 text is also repaired when it is mojibake or legacy-font
    text stored as Unicode. Raises Unreadable when the bytes are not text or
    their encoding cannot be told.
    """
    for magic, what in _OTHER_FORMATS:
        if data.startswith(magic):
            raise Unreadable(f"{what}, not text: vnkg reads .txt, .html and .jsonl files; save it as text or HTML")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(repair_text(data.decode(codec)))
            except UnicodeDecodeError as exc:
                raise Unreadable(f"broken {codec.upper()} text: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data:
        raise Unreadable("binary file (it contains NUL bytes), or UTF-16 text without a byte-order mark")
    try:
        return _checked(repair_text(data.decode("utf-8")))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.reason == "unexpected end of data":
        # A file cut off inside its last character: everything before it is sound.
        return _checked(repair_text(data[: utf8_error.start].decode("utf-8")))
    eight_bit = _decode_8bit(data)
    if eight_bit is not None:
        return _checked(eight_bit)
    line = data.count(b"\n", 0, utf8_error.start) + 1
    raise Unreadable(
        f"not UTF-8 text (byte 0x{data[utf8_error.start]:02X} at line {line} is invalid) and not "
        "recognisably Vietnamese in Windows-1258, TCVN3 (ABC) or VNI; save it as UTF-8"
    )


def repair_text(text: str) -> str:
    """``text`` with mojibake undone, legacy-font text converted, in NFC. Never raises."""
    if _MOJIBAKE_HINT_RE.search(text):
        import ftfy

        text = ftfy.fix_encoding(text)
    legacy = _legacy_encoding(text)
    if legacy is not None:
        text = _viparse().fix(text, encoding=legacy)
    return unicodedata.normalize("NFC", text)


def _legacy_encoding(text: str) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when ``text`` is legacy-font Vietnamese read as Latin-1.

    viparse guesses from letter frequencies, and on a few characters it guesses
    wrong (a lone "ê" reads as TCVN3 "ờ"), so short texts are left alone, and so
    are texts that already hold Vietnamese letters only Unicode has (ư, ạ, đ ...):
    a legacy-font text is made of Latin-1 look-alikes.
    """
    sample = text[:LEGACY_DETECTION_SAMPLE]
    if len(sample.strip()) < MIN_LEGACY_SAMPLE or any(c in _UNICODE_ONLY_LETTERS for c in sample):
        return None
    detected = _viparse().detect_text_encoding(sample)
    return detected if detected in ("tcvn3", "vni") else None


def _viparse():
    """viparse, imported on first use (legacy-font texts only)."""
    import viparse

    return viparse


def _decode_8bit(data: bytes) -> str | None:
    """Text from a one-byte Vietnamese encoding, or None when it is none of them."""
    # Legacy fonts were typed on Windows: punctuation sits at cp1252's places, and a
    # byte cp1252 leaves undefined keeps its Latin-1 reading for the charmaps.
    as_latin = data.decode("cp1252", errors="latin1_fallback")
    legacy = _legacy_encoding(as_latin)
    if legacy is not None:
        return unicodedata.normalize("NFC", _viparse().fix(as_latin, encoding=legacy))
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    return text if _vietnamese_share(text) >= MIN_VIETNAMESE_SHARE else None


def _latin1_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("latin1_fallback", _latin1_fallback)


def _vietnamese_share(text: str) -> float:
    """Share of non-ASCII characters that are Vietnamese letters or common typography."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 1.0
    fitting = sum(1 for c in non_ascii if c in _VIETNAMESE_LETTERS or c in _TYPOGRAPHY)
    return fitting / len(non_ascii)


def _checked(text: str) -> str:
    """``text`` unless it is control characters rather than prose."""
    controls = len(_CONTROLS_RE.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise Unreadable(f"binary file ({controls} control characters in {len(text)}), not text")
    return text
