"""The layout of a build's output folder (README "The output folder"): the one place its
file names are written, for the build that writes them and the commands that read them."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_OUT = Path("output")


class _Entry:
    """One thing in the folder: its path, read from a folder (``OutputFolder(out).trig``)."""

    def __init__(self, name: str, doc: str):
        self.name, self.__doc__ = name, doc

    def __get__(self, folder: OutputFolder | None, owner: type) -> Path:
        return self if folder is None else folder.root / self.name


class OutputFolder:
    """A build's output folder and the path of each thing it holds."""

    turtle = _Entry("graph.ttl", "graph.ttl: the triples of every graph of graph.trig, in Turtle.")
    trig = _Entry("graph.trig", "graph.trig: a named graph per article, per name block of identities, and the vocabulary.")
    jsonld = _Entry("graph.jsonld", "graph.jsonld: the named graphs of graph.trig as JSON-LD.")
    view = _Entry("view.html", "view.html: the interactive network.")
    store = _Entry("store", "The embedded Oxigraph store that kg query, kg serve, kg load and kg explain read.")
    state = _Entry("build.sqlite", "build.sqlite: what makes the next build incremental.")

    def __init__(self, root: str | os.PathLike[str] = DEFAULT_OUT):
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"OutputFolder({str(self.root)!r})"

    def outputs(self, view: bool = True) -> list[Path]:
        """The files a build writes from the store, in the order it names them."""
        return [self.turtle, self.trig, self.jsonld] + [self.view] * view

    def graph_files(self) -> list[Path]:
        """Where a reader looks for the graph, in order: TriG is the whole dataset; graph.nt
        is no build's, but a user's conversion kept beside the others."""
        return [self.trig, self.turtle, self.root / "graph.nt", self.jsonld]
