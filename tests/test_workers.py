"""Where articles are built: a small input in this process, a larger one in worker processes,
the results in the order of the work either way."""
import os

from kg.builder.workers import IN_PROCESS_ARTICLES, ordered


def tagged(chunk: list) -> list:
    """Each item with the process that handled it (module level: worker processes import it)."""
    return [(item, os.getpid()) for item in chunk]


def chunks_of(articles: int, size: int = 16) -> list[list[int]]:
    return [list(range(start, min(start + size, articles))) for start in range(0, articles, size)]


def test_a_small_input_is_built_in_this_process_when_jobs_are_left_to_the_build():
    results = [pair for chunk in ordered(chunks_of(IN_PROCESS_ARTICLES - 1), tagged, jobs=None) for pair in chunk]
    assert [item for item, _ in results] == list(range(IN_PROCESS_ARTICLES - 1))
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_larger_input_goes_to_worker_processes_in_order():
    articles = IN_PROCESS_ARTICLES + 40
    results = [pair for chunk in ordered(chunks_of(articles), tagged, jobs=2) for pair in chunk]
    assert [item for item, _ in results] == list(range(articles))
    assert os.getpid() not in {pid for _, pid in results}
