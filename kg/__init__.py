"""vnkg: turn Vietnamese political news into an RDF knowledge graph.

Pipeline: read → normalize → extract → resolve → graph → export/store/view.
The ``kg`` command line mirrors this API::

    import kg
    report = kg.build(["articles/"], "output")          # kg build articles/ --out output
    facts, graph = kg.article_graph(doc)                 # one RawDocument through the pipeline
    with kg.ArticleStore("output/store") as store:       # kg query
        rows = store.query("SELECT ?n WHERE { ?p foaf:name ?n }")
        people = kg.ask(store, "persons")                # kg query persons: each person once
"""
import sys
import types

from .version import __version__  # noqa: F401 - kg.__version__

# name: the module that defines it. Imported on first use (PEP 562): together they import
# rdflib, Oxigraph, pyshacl and networkx, which a command that needs none of them (kg --help)
# would wait seconds for.
_API = {
    "ArticleStore": "store",
    "article_graph": "builder.work",
    "ask": "query",
    "build": "builder.run",
    "evaluate_corpus": "evaluate",
    "extract_all": "facts",
    "facts_to_graph": "graph",
    "normalize": "normalize",
    "read_inputs": "read",
    "validate": "validate",
    "write_view": "view",
}
__all__ = sorted(_API)


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value) -> None:
        # Importing the submodule kg.normalize (or kg.validate) binds it on the package, under
        # the name the API gives the function it defines: the name stays the function's.
        if name in _API and isinstance(value, types.ModuleType) and value.__name__ == f"{__name__}.{name}":
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{_API[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
