"""Normalize article text while keeping a map back to the source offsets.

NFC, one tone-mark convention (modern: ``hòa``, ``ủy``), plain dashes, single
spaces; newlines are kept because bylines and captions are lines of their own.
"""
from __future__ import annotations

import re
import unicodedata

from .model import Article, RawDocument, Span

# Old-style tone placement on a syllable-final "oa/oe/uy" (hoà, uỷ) moved to the
# modern one (hòa, ủy). Only when nothing follows the cluster: "Đoàn", "Huỳnh"
# and "quý" are already right.
_TONED_A_E_Y = {
    "à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a",
    "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
    "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y",
}
_MARK_OF = {c: unicodedata.decomposition(c).split()[1] for c in _TONED_A_E_Y}
# (the lookahead first: the engine then skips to each o/u at once instead of trying the lookbehind everywhere)
_OLD_TONE = re.compile(r"(?=[oOuU])(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_])")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u2007\u202f\u2009\u200a\u3000\u000b\u000c"), " ")
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD}
# the eth some old encodings' converters put for Đ/đ ("Ðại hội"): Vietnamese has no eth
_ETH_AS_D = {0x00D0: "Đ", 0x00F0: "đ"}
# a sentence ends at the space after its stop (and a closing quote), or at a line break;
# group "gap" is what lies between two sentences
# a line ending in a comma goes on: "Phó Bí thư Huyện ủy,\nChủ tịch UBND huyện"
_SENTENCE_END = re.compile(r"(?=[.!?…\n])(?:[.!?…][\"”’)]?(?P<gap>\s+)(?=[\"“(]?[^\W\d_])|(?<!,)\n+)")
# a dot that ends an abbreviation or an initial, not a sentence: "TP. Hồ Chí Minh", "P. Thủy"
# or the number of an item opening a line: "1. Đồng chí ..."
_ABBREVIATION_END = re.compile(r"(?:\b(?:TP|Tp|TX|TT|ThS|TS|PGS|GS|Th\.S|St)|(?<![^\W\d_])[A-ZĐ]|(?<![^\n])\d{1,2})\.$")


def _modern_tone(match: re.Match) -> str:
    vowel, toned = match.group(1), match.group(2)
    lower = toned.lower()
    mark = chr(int(_MARK_OF[lower], 16))
    moved = unicodedata.normalize("NFC", vowel + mark)
    plain = _TONED_A_E_Y[lower]
    return moved + (plain.upper() if toned.isupper() else plain)


# what the fast path drops from NFC text: invisible characters, the \r of \r\n, spaces
# at a line's start or end, and all but one space of a run (the lookahead first lets the
# engine pass over every other character at once: half the time)
_INVISIBLE_CLASS = "".join(map(chr, _INVISIBLE))
_DROPPED = re.compile(f"(?=[ \r{_INVISIBLE_CLASS}])(?:[{_INVISIBLE_CLASS}]+|\r(?=\n)|(?<![^\r\n]) +| +(?=[\r\n])| +(?= ))")
_TO_PLAIN = {chr(code): plain for code, plain in {**_DASHES, **_SPACES, **_ETH_AS_D}.items()}
_TO_CHANGE_RE = re.compile("[" + "".join(_TO_PLAIN) + "]")
# what the fast path may drop, looked for with plain substring searches before any regex runs
_DROP_HINTS = ("  ", " \n", "\n ", "\r", *map(chr, _INVISIBLE))


def _plain_character(match: re.Match) -> str:
    return _TO_PLAIN[match.group()]


def normalize_text(source: str) -> tuple[str, list[int]]:
    """Return the normalized text and, for each of its characters, the source offset."""
    if unicodedata.is_normalized("NFC", source):
        return _normalize_nfc(source)
    return _normalize_clusters(source)


def _normalize_nfc(source: str) -> tuple[str, list[int]]:
    """The common case, text already in NFC: every change keeps or drops whole characters,
    so the offset map is built from the runs that are kept."""
    # str.translate looks every character up in the table: ten times the time of replacing the few that change
    text = _TO_CHANGE_RE.sub(_plain_character, source)
    if not text.startswith(" ") and not any(hint in text for hint in _DROP_HINTS):
        end = len(text.rstrip(" \n"))
        return _OLD_TONE.sub(_modern_tone, text[:end]), list(range(end))
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _DROPPED.finditer(text):
        pieces.append(text[pos:match.start()])
        offsets.extend(range(pos, match.start()))
        pos = match.end()
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    kept = "".join(pieces).replace("\r", "\n")
    end = len(kept.rstrip(" \n"))
    return _OLD_TONE.sub(_modern_tone, kept[:end]), offsets[:end]


def _normalize_clusters(source: str) -> tuple[str, list[int]]:
    """Any text: NFC one grapheme cluster at a time, keeping each one's source offset."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(source)
    while i < n:
        start = i
        i += 1
        while i < n and unicodedata.combining(source[i]):
            i += 1
        cluster = source[start:i]
        if len(cluster) == 1 and ord(cluster) in _INVISIBLE:
            continue
        if len(cluster) == 1 and cluster == "\r":
            if i < n and source[i] == "\n":
                continue
            cluster = "\n"
        piece = unicodedata.normalize("NFC", cluster).translate(_DASHES).translate(_SPACES).translate(_ETH_AS_D)
        if piece == " " and (not out or out[-1] in " \n"):
            continue
        if piece == "\n" and out and out[-1] == " ":
            out.pop()
            offsets.pop()
        for ch in piece:
            out.append(ch)
            offsets.append(start)
    while out and out[-1] in " \n":
        out.pop()
        offsets.pop()
    text = "".join(out)
    # same length in and out, so the offset map stays valid
    text = _OLD_TONE.sub(_modern_tone, text)
    return text, offsets


def modern_tone(text: str) -> str:
    """NFC with modern tone placement, for lexicon entries and other short strings."""
    return _OLD_TONE.sub(_modern_tone, unicodedata.normalize("NFC", text))


def split_sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start("gap") if match.group("gap") else match.start()
        if text[end - 1:end] == "." and _ABBREVIATION_END.search(text, max(0, end - 6), end):
            continue
        if end > start:
            spans.append(Span(start, end))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


def normalize(doc: RawDocument) -> Article:
    text, offsets = normalize_text(doc.text)
    return Article(
        name=doc.name, path=doc.path, text=text, source_text=doc.text, offsets=offsets,
        sentences=split_sentences(text), title=doc.title, published=doc.published, url=doc.url,
    )
