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
__version__ = "0.1.0"

from .evaluate import evaluate_corpus
from .extract import extract_all
from .graph import facts_to_graph
from .normalize import normalize
from .pipeline import article_graph, build
from .query import ask
from .read import read_inputs
from .store import ArticleStore
from .validate import validate
from .view import write_view

__all__ = ["ArticleStore", "article_graph", "ask", "build", "evaluate_corpus", "extract_all", "facts_to_graph",
           "normalize", "read_inputs", "validate", "write_view"]
