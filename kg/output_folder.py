"""The layout of a build's output folder (README "The output folder"): the one place its
file names are written, for the build that writes them and the commands that read them."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_OUT = Path("output")


class OutputFolder:
    """A build's output folder and the path of each thing it holds."""

    def __init__(self, root: str | os.PathLike[str] = DEFAULT_OUT):
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"OutputFolder({str(self.root)!r})"

    @property
    def turtle(self) -> Path:
        """graph.ttl: the union of every graph."""
        return self.root / "graph.ttl"

    @property
    def trig(self) -> Path:
        """graph.trig: a named graph per article, per name block of identities, and the vocabulary."""
        return self.root / "graph.trig"

    @property
    def jsonld(self) -> Path:
        """graph.jsonld: the named graphs of graph.trig as JSON-LD."""
        return self.root / "graph.jsonld"

    @property
    def view(self) -> Path:
        return self.root / "view.html"

    @property
    def store(self) -> Path:
        """The embedded Oxigraph store that kg query, kg serve, kg load and kg explain read."""
        return self.root / "store"

    @property
    def state(self) -> Path:
        """build.sqlite: what makes the next build incremental."""
        return self.root / "build.sqlite"

    def outputs(self, view: bool = True) -> list[Path]:
        """The files a build writes from the store, in the order it names them."""
        return [self.turtle, self.trig, self.jsonld] + [self.view] * view

    def graph_files(self) -> list[Path]:
        """Where a reader looks for the graph, in order: TriG is the whole dataset; graph.nt
        is no build's, but a user's conversion kept beside the others."""
        return [self.trig, self.turtle, self.root / "graph.nt", self.jsonld]
