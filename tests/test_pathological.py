"""Pathological text takes time in proportion to its size.

Each input is built at size n and 4n; a linear pass takes about 4 times as long,
a quadratic one (catastrophic regex backtracking, repeated rescans) 16 times.
The bound is generous on purpose: this guards against blow-ups, not for speed.
"""
from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import pytest

from kg.model import RawDocument
from kg.read import from_bytes

MAX_RATIO = 12
# Below this the 4n run is too quick for its time to mean anything.
NOISE_SECONDS = 0.3

SENTENCE = (
    "Sáng ngày 3/4/2022, Đảng ủy phường Hòa Bình tổ chức hội nghị, đồng chí Trần Văn An "
    "– Bí thư Đảng ủy phường chủ trì. "
)
NAMES = ["Trần", "Văn", "An", "Nguyễn", "Thị", "Bình", "Lê", "Hoàng", "Phạm", "Minh", "Đỗ", "Hùng"]


def single_line(scale: int) -> str:
    """Prose with no line break: 5 MB at 4n."""
    return SENTENCE * (scale * 1_250_000 // len(SENTENCE.encode()))


def unbroken_word(scale: int) -> str:
    """One word with no space or punctuation: a million characters at 4n."""
    return "Đảng" * (scale * 62_500)


def repeated_titles(scale: int) -> str:
    """ "Bí thư Đảng ủy phường, " 50,000 times at 4n."""
    return "Bí thư Đảng ủy phường, " * (scale * 12_500)


def capitalized_words(scale: int) -> str:
    """60,000 capitalized words in a row at 4n: one endless name."""
    return " ".join(itertools.islice(itertools.cycle(NAMES), scale * 15_000))


INPUTS = [single_line, unbroken_word, repeated_titles, capitalized_words]


def seconds(run: Callable[[object], object], argument: object) -> float:
    start = time.perf_counter()
    run(argument)
    return time.perf_counter() - start


def assert_linear(run: Callable[[object], object], small_input: object, large_input: object, label: str) -> None:
    """``run`` on the 4n input takes at most MAX_RATIO times as long as on the n input."""
    # Best of two at n: a one-off stall there would hide a blow-up at 4n.
    small = min(seconds(run, small_input) for _ in range(2))
    large = seconds(run, large_input)
    assert large <= max(MAX_RATIO * small, NOISE_SECONDS), (
        f"{label}: {large:.2f}s at 4n against {small:.2f}s at n "
        f"(ratio {large / max(small, 1e-9):.1f}, bound {MAX_RATIO})"
    )


@pytest.fixture(scope="module")
def normalize():
    return pytest.importorskip("kg.normalize", reason="kg.normalize not written yet").normalize


@pytest.fixture(scope="module")
def extract_all():
    module = pytest.importorskip("kg.extract", reason="kg.extract not written yet")
    if not hasattr(module, "extract_all"):
        pytest.skip("kg.extract.extract_all not written yet")
    return module.extract_all


def as_document(text: str) -> RawDocument:
    return RawDocument(name="x.txt", path="x.txt", text=text)


@pytest.mark.parametrize("make", INPUTS, ids=lambda make: make.__name__)
def test_reading_is_linear(make):
    def read(data: bytes) -> list:
        return list(from_bytes(data, name="x", path="x", kind="text"))

    assert_linear(read, make(1).encode("utf-8"), make(4).encode("utf-8"), f"reading {make.__name__}")


@pytest.mark.parametrize("make", INPUTS, ids=lambda make: make.__name__)
def test_normalize_is_linear(normalize, make):
    assert_linear(normalize, as_document(make(1)), as_document(make(4)), f"normalize on {make.__name__}")


@pytest.mark.parametrize("make", INPUTS, ids=lambda make: make.__name__)
def test_extract_all_is_linear(normalize, extract_all, make):
    # Normalized beforehand so that only the extractors are timed.
    small, large = normalize(as_document(make(1))), normalize(as_document(make(4)))
    assert_linear(extract_all, small, large, f"extract_all on {make.__name__}")


def test_the_check_catches_a_blow_up():
    # Cubic, so that 64 times the work at 4n stands far above the bound even on a busy machine.
    def compare_every_triple(text: str) -> None:
        for i in range(len(text)):
            for j in range(i):
                for k in range(j):
                    text[i] == text[k]  # noqa: B015 - only the time counts

    with pytest.raises(AssertionError, match="ratio"):
        assert_linear(compare_every_triple, "Đảng " * 20, "Đảng " * 80, "cubic")
