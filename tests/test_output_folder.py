"""One object names what an output folder holds: the build writes there, and the commands read there."""
from __future__ import annotations

from kg.explain import explain
from kg.output_folder import OutputFolder
from kg.rdf_files import graph_file
from kg.store import ArticleStore


def test_a_build_writes_what_the_output_folder_names(examples_out):
    folder = OutputFolder(examples_out)
    assert all(path.is_file() for path in folder.outputs(view=True))
    assert folder.state.is_file() and folder.store.is_dir()
    assert graph_file(examples_out) == folder.trig  # readers take the whole dataset first


def test_the_view_is_an_output_only_when_drawn(tmp_path):
    folder = OutputFolder(tmp_path)
    assert folder.view in folder.outputs(view=True)
    assert folder.view not in folder.outputs(view=False)


def test_explain_orders_an_identitys_mentions_by_date(examples_out):
    with ArticleStore(OutputFolder(examples_out).store, read_only=True) as store:
        identities = explain(store, "Nguyen Van Son")
    assert identities and {identity.name for identity in identities} == {"Nguyễn Văn Sơn"}
    for identity in identities:
        dates = [mention.date for mention in identity.mentions]
        assert dates and dates == sorted(dates, key=lambda date: date or "9999")
