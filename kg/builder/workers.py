"""Where the articles are built: in this process, in worker processes, or on a Dask cluster.

Results come back in the order of the work, with a bounded number of tasks in flight.

Worker processes never see Ctrl-C. A terminal sends SIGINT to the whole process group,
and workers interrupted in the middle of a task printed tracebacks of their own (up to
79 lines) while the build's process went its own way. They start with SIGINT blocked
(the thread that starts a process passes its signal mask on) and ignore it from then
on; the build's process alone is interrupted, and ends them. A worker killed from
outside (the kernel's out-of-memory killer sends SIGKILL) breaks the pool: the build
stops with :class:`kg.builder.stopped.WorkerDied`, naming the signal.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain
from typing import TypeVar

from .stopped import WorkerDied

Result = TypeVar("Result")

# Tasks in flight per worker: keeps every worker busy while bounding memory.
TASKS_PER_WORKER = 4
# What the server that workers are forked from imports once: what every worker needs, warmed
PRELOADED = ("kg.builder.warmed",)
# When the number of processes is left to the build, fewer articles than this are built in
# this process: each worker imports the whole pipeline first (seconds), which a small input
# never wins back.
IN_PROCESS_ARTICLES = 48


def ordered(chunks: Iterable[list], work: Callable[[list], list], jobs: int | None = 1,
            dask: str | None = None) -> Iterator[list]:
    """``work`` of each chunk, in the order of the chunks. ``jobs`` processes do the work (1: this
    process; None: this process for a small input, every core for a larger one), or the workers
    of the Dask scheduler at ``dask``."""
    if dask:
        yield from _on_dask(chunks, work, dask)
        return
    chunks = iter(chunks)
    if jobs is None:
        ahead = _take_articles(chunks, IN_PROCESS_ARTICLES)
        jobs = 1 if sum(map(len, ahead)) < IN_PROCESS_ARTICLES else os.cpu_count() or 1
        chunks = chain(ahead, chunks)
    if jobs > 1:
        yield from _in_processes(chunks, work, jobs)
    else:
        yield from map(work, chunks)


def _take_articles(chunks: Iterator[list], articles: int) -> list[list]:
    """The first chunks, until they hold ``articles`` or the chunks end."""
    taken: list[list] = []
    while sum(map(len, taken)) < articles:
        chunk = next(chunks, None)
        if chunk is None:
            break
        taken.append(chunk)
    return taken


def _on_dask(chunks: Iterable[list], work: Callable[[list], list], address: str) -> Iterator[list]:
    from distributed import Client

    with Client(address) as client:
        workers = max(1, sum(client.nthreads().values()))
        yield from _windowed(chunks, lambda chunk: client.submit(work, chunk, pure=False), workers)


def _in_processes(chunks: Iterable[list], work: Callable[[list], list], jobs: int) -> Iterator[list]:
    pool = worker_pool(jobs)
    try:
        yield from _windowed(chunks, lambda chunk: submit(pool, work, chunk), jobs)
    except BrokenProcessPool:
        killer = _killing_signal(pool)
        end_workers(pool)
        raise WorkerDied(killer) from None
    except BaseException:  # interrupted, or the results are no longer wanted: neither is the queued work
        end_workers(pool)
        raise
    pool.shutdown()


def _windowed(chunks: Iterable[list], submit_chunk: Callable[[list], Future], workers: int) -> Iterator[list]:
    window: deque = deque()
    for chunk in chunks:
        window.append(submit_chunk(chunk))
        if len(window) >= TASKS_PER_WORKER * workers:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def worker_pool(processes: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(processes, mp_context=_start_method(), initializer=_ignore_interrupts)


def _start_method():
    """Workers are forked from a server process that imported the pipeline once (forkserver), not
    from this one: it holds an open database and threads, which a fork would copy. Started each
    with an interpreter of its own (spawn), every worker imported the pipeline again: ~0.4 s of
    CPU a worker, and as much before its first article."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOADED))
    return context


# A JSONL input this large holds enough articles to be built in worker processes (a wild article is ~4 KiB)
JSONL_BYTES_FOR_PROCESSES = IN_PROCESS_ARTICLES * 4096


def builds_in_processes(inputs: Sequence[str], jobs: int | None) -> bool:
    """Whether the build will hand its articles to worker processes: a guess, when the number of
    processes is left to it, from the number of files under the inputs (counted until there are
    enough) and the size of JSONL files, made without reading or importing anything. A wrong guess
    starts a server the build does not use: CPU time on another core."""
    if jobs is not None or (os.cpu_count() or 1) == 1:
        return (jobs or 1) > 1
    files = 0
    for path in inputs:
        if os.path.isdir(path):
            for _, _, names in os.walk(path):
                files += sum(not name.startswith(".") for name in names)
                if files >= IN_PROCESS_ARTICLES:
                    return True
        elif path.endswith(".jsonl") and os.path.isfile(path) and os.path.getsize(path) >= JSONL_BYTES_FOR_PROCESSES:
            return True
        else:
            files += 1
    return files >= IN_PROCESS_ARTICLES


def start_worker_server() -> None:
    """Start the server the workers will be forked from now, instead of at the first article handed
    to a worker: it imports the pipeline while this process imports it too and reads the first
    inputs (wild x2: first result at 0.6 s instead of 0.8). It starts with SIGINT blocked, as
    :func:`submit` starts it, so that its workers are born with it blocked."""
    context = _start_method()
    if context.get_start_method() == "forkserver":
        with _interrupts_blocked():
            multiprocessing.forkserver.ensure_running()


def stop_worker_server() -> None:
    """End the server the workers were forked from, once every pool of the build is shut down: its
    CPU time and its workers' then count as this process's children's (what ``time`` and
    ``getrusage`` report, and the benchmarks measure), and no process of the build outlives it."""
    server = getattr(multiprocessing, "forkserver", None) and multiprocessing.forkserver._forkserver
    if server is not None and server._forkserver_pid is not None:
        server._stop()  # the standard library's own tests end it so; no public way


def submit(pool: ProcessPoolExecutor, fn: Callable[..., Result], *args) -> Future:
    """``pool.submit``, with SIGINT blocked while it may start a worker, so that the worker
    starts with it blocked: a Ctrl-C while a worker starts up reaches the build alone."""
    with _interrupts_blocked():
        return pool.submit(fn, *args)


def end_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel the queued work and end the workers now, without waiting for their tasks."""
    processes = list((pool._processes or {}).values())  # no public way before Python 3.14's terminate_workers
    results = pool._result_queue  # shutdown lets go of it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
    # A worker ended while it wrote a result leaves half a message in the pipe, and the pool's
    # manager thread waits for the rest for ever: the build then hung at exit, joining that thread.
    # With this process's end of the pipe closed too, no writer is left: it reads the end of the
    # file instead, takes the pool for broken and ends. (A pool already broken has let its queue go.)
    if results is not None:
        results._writer.close()


@contextmanager
def _interrupts_blocked():
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _ignore_interrupts() -> None:
    """In each worker, on top of the blocked signal: where a start method does not pass the mask on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


_STATUS_PATIENCE = 30  # seconds: how long a dead worker's exit status may take to be read


def _killing_signal(pool: ProcessPoolExecutor) -> int | None:
    """The signal that killed a worker of this broken pool, when one did (the pool itself ends the
    others with SIGTERM)."""
    processes = list((pool._processes or {}).values())
    deadline = time.monotonic() + _STATUS_PATIENCE
    for process in processes:
        # The pool hears of a death when the worker's pipes close, which comes a moment before the
        # kernel has its exit status to give: on a loaded machine the status was not there yet.
        # The others are being ended by the pool, so each wait is short.
        process.join(timeout=_STATUS_PATIENCE)
        # The pool's manager thread reaps the same children: when it wins the race, this thread's
        # waitpid finds no child and reads no status until the manager has stored it on the process.
        while process.exitcode is None and time.monotonic() < deadline:
            time.sleep(0.01)
    codes = [process.exitcode for process in processes]
    signals = [-code for code in codes if code is not None and code < 0]
    killers = [number for number in signals if number != signal.SIGTERM]
    return (killers or signals or [None])[0]
