"""vnkg: turn Vietnamese political news into an RDF knowledge graph.

Pipeline: read → normalize → extract → resolve → graph → export/store/view.
"""
__version__ = "0.1.0"
