"""Property-based tests: any input in, no exception out, spans inside the text."""
from __future__ import annotations

import importlib
import unicodedata

import ftfy
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.decode import Unreadable, decode_bytes, repair_text
from kg.model import Article, RawDocument, ReadProblem, Span
from kg.read import from_bytes

# Vietnamese letters, combining tone marks, spaces and punctuation, mixed with anything.
VIETNAMESE_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
vietnamese_text = st.text(
    alphabet=st.sampled_from(list(VIETNAMESE_ALPHABET + "\u0300\u0301\u0303\u0309\u0323 ,.–-:\n\"“”()0123456789")),
    max_size=400,
)
any_text = st.one_of(st.text(max_size=400), vietnamese_text)
kinds = st.sampled_from(["text", "html", "jsonl"])


@given(any_text)
def test_repair_text_never_raises_and_returns_nfc(text):
    repaired = repair_text(text)
    assert isinstance(repaired, str)
    assert unicodedata.is_normalized("NFC", repaired)


@given(st.binary(max_size=2000))
def test_decode_bytes_returns_text_or_refuses_plainly(data):
    try:
        text = decode_bytes(data)
    except Unreadable as refusal:
        assert str(refusal)
    else:
        assert unicodedata.is_normalized("NFC", text)


UNICODE_ONLY_LETTERS = "ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


@given(vietnamese_text, st.sampled_from(UNICODE_ONLY_LETTERS), st.integers(min_value=0, max_value=400))
def test_utf8_vietnamese_reads_back_as_itself(text, letter, at):
    # Real Unicode Vietnamese holds letters no legacy font reading yields: never read as
    # TCVN3 or VNI, whatever its length. (ftfy may still undo a mojibake-like "Â–".)
    text = text[:at] + letter + text[at:]
    assert decode_bytes(text.encode("utf-8")) == unicodedata.normalize("NFC", ftfy.fix_encoding(text))


def test_a_no_break_space_mangled_into_a_space_is_mended():
    # "Â " is what ftfy's ALTERED_UTF8_RE watches for: the reader must take ftfy's path on it
    for text in ("Â ", "a Â b"):
        assert decode_bytes(text.encode("utf-8")) == ftfy.fix_encoding(text) == text.replace("Â ", "\xa0")


@given(vietnamese_text.map(lambda t: t[:20]))
@example("”â")  # ftfy reads it as mojibake of "Ӊ"; no sign of mojibake to the reader, which leaves it
def test_short_utf8_text_is_never_read_as_a_legacy_font(text):
    # Too short to tell a legacy font from Unicode ("ê" would become TCVN3 "ờ"); only
    # ftfy's mojibake repair, which needs no length, may touch it.
    as_written = unicodedata.normalize("NFC", text)
    repaired = unicodedata.normalize("NFC", ftfy.fix_encoding(text))
    assert decode_bytes(text.encode("utf-8")) in (as_written, repaired)


@given(st.one_of(st.binary(max_size=1500), any_text.map(lambda t: t.encode("utf-8", "surrogatepass"))), kinds)
@settings(deadline=None)  # the first HTML parse imports trafilatura
def test_from_bytes_yields_only_documents_and_problems(data, kind):
    for result in from_bytes(data, name="x", path="x", kind=kind):
        assert isinstance(result, (RawDocument, ReadProblem))
        if isinstance(result, ReadProblem):
            assert result.reason and result.path == "x"
        else:
            assert result.text.strip()


# --- the lead's normalizer and extractors ---------------------------------


@pytest.fixture(scope="module")
def normalize_module():
    return importlib.import_module("kg.normalize")  # the module: kg.normalize is also kg's function


@pytest.fixture(scope="module")
def extract_all():
    from kg.facts import extract_all

    return extract_all


def article_of(normalize_module, text: str) -> Article:
    return normalize_module.normalize(RawDocument(name="x.txt", path="x.txt", text=text))


def assert_span_inside(span: Span, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{span} outside a text of {len(text)}"


MODULE_FIXTURES = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)


@given(any_text)
@MODULE_FIXTURES
def test_normalize_text_maps_every_character_back_into_the_source(normalize_module, text):
    normalized, offsets = normalize_module.normalize_text(text)
    assert len(offsets) == len(normalized)
    assert all(0 <= offset < len(text) for offset in offsets)
    assert offsets == sorted(offsets)


@given(any_text)
@MODULE_FIXTURES
def test_normalize_gives_sentences_inside_the_text(normalize_module, text):
    article = article_of(normalize_module, text)
    for sentence in article.sentences:
        assert_span_inside(sentence, article.text)


def spans_in(facts) -> list[Span]:
    """Every Span reachable from the extracted facts."""
    found: list[Span] = []

    def visit(value, seen):
        if isinstance(value, Span):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item, seen)
        elif hasattr(value, "__dataclass_fields__") and id(value) not in seen and not isinstance(value, Article):
            seen.add(id(value))
            for name in value.__dataclass_fields__:
                visit(getattr(value, name), seen)

    visit(facts, set())
    return found


@given(any_text)
@MODULE_FIXTURES
def test_extract_all_never_raises_and_every_span_is_inside_the_text(normalize_module, extract_all, text):
    article = article_of(normalize_module, text)
    facts = extract_all(article)
    for span in spans_in(facts):
        assert_span_inside(span, article.text)
