"""The build: read → normalize → extract → resolve → graph → store → identities → export and view.

Articles stream through: each is read, built (in this process, in ``jobs`` worker
processes, or on a Dask cluster: :mod:`.workers`) and written to the embedded store as
its own named graph, so memory holds a bounded window of articles whatever the size of
the corpus, and an interrupted build loses nothing already stored (:mod:`.stopped`).
Results are stored in input order, not completion order, so every way of running gives
the same graph.

The build is incremental: ``OUT/build.sqlite`` (:mod:`.state`) keeps a content hash per
article (and a fingerprint of the extraction code, :mod:`.work`); an article whose input
and code are unchanged is not built again, a changed one replaces its graph. The same file
keeps each article's person mentions, so only the name blocks an article touched have
their identities (:mod:`kg.identity`) recomputed (:mod:`.identities`).

At the end graph.ttl (the union) is written from the store; graph.trig and graph.jsonld
are laid together from the pieces each graph's builder made (:mod:`kg.export`), kept in
``OUT/build.sqlite``; each file appears whole or not at all (:mod:`.outputs`).

Nothing is imported here: ``kg build --help`` imports :mod:`.workers` and :mod:`.stopped`
alone; :func:`kg.builder.run.build` is the build.
"""
