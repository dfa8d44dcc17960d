"""Every fact of one article: the extraction components and resolve, run by one loop.

``COMPONENTS`` is the loop's order, derived from what each component declares it reads and
adds (:func:`kg.extract.components.in_order`): the list below is a set, not a wiring.
"""
from __future__ import annotations

from collections.abc import Iterable

from . import extract, resolve
from .extract.components import Component, in_order, run_components
from .model import Article, ArticleFacts

COMPONENTS: tuple[Component, ...] = in_order([*extract.COMPONENTS, resolve.COMPONENT])


def extract_all(article: Article, components: Iterable[Component] | None = None) -> ArticleFacts:
    """Every fact of ``article``, resolved; ``facts.warnings`` names each component that failed.
    ``components`` replaces ``COMPONENTS`` (read at each call, so that a test may swap the list)."""
    return run_components(article, list(COMPONENTS if components is None else components)).facts()
