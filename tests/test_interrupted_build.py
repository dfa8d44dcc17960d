"""A build stopped half-way (killed, interrupted with Ctrl-C, or losing a worker process) leaves
the previous output intact and the store usable, and says so in one line with a documented status."""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli.build_cmd import EXIT_INTERRUPTED, EXIT_WORKER_DIED
from kg.store import ArticleStore
from kg.vocab import SDO, VOCABULARY_GRAPH

pytestmark = pytest.mark.slow  # real builds killed mid-way, in subprocesses

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
KG = [sys.executable, "-c", "from kg.cli import main; main()"]
OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "view.html")
PROGRESS = re.compile(rb"articles: (\d+) art")
# A long wait for a busy machine: the tests never wait for a time, only for what the build prints
PATIENCE = 600


def kg_build(inputs: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, "build", str(inputs), "--out", str(out), "--quiet", "--jobs", "1"],
                          capture_output=True, text=True, timeout=PATIENCE)


def many_articles(folder: Path, copies: int) -> Path:
    folder.mkdir()
    sources = sorted(EXAMPLES.glob("*.txt"))
    for i in range(copies):
        source = sources[i % len(sources)]
        (folder / f"{i:04d}-{source.name}").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


class TerminalBuild:
    """``kg build`` as a user runs it: stderr on a terminal (so it draws its progress bar), in a
    process group of its own, which a Ctrl-C signals as a whole (the build and its workers)."""

    def __init__(self, corpus: Path, out: Path, jobs: int):
        self.master, terminal = pty.openpty()
        # a terminal of 0 columns (a new pty's size) gets no progress bar
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
        self.process = subprocess.Popen([*KG, "build", str(corpus), "--out", str(out), "--jobs", str(jobs)],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal,
                                        start_new_session=True)
        os.close(terminal)
        self.stderr = b""

    def _read(self, timeout: float) -> bool:
        """Reads what the terminal has; False once every process writing to it has ended."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:  # EIO: the last writer closed it
            return False
        self.stderr += data
        return bool(data)

    def articles_shown(self) -> int:
        return max((int(n) for n in PROGRESS.findall(self.stderr)), default=0)

    def wait_for_progress(self, articles: int = 1) -> None:
        deadline = time.monotonic() + PATIENCE
        while self.articles_shown() < articles:
            assert self._read(1.0) and self.process.poll() is None, \
                f"the build ended before it could be stopped: make the corpus larger\n{self.stderr.decode()}"
            assert time.monotonic() < deadline, "no progress shown"

    def workers(self) -> list[int]:
        """The build's worker processes: the children of the server it forks them from (or, where
        there is none, its own spawned children), not its resource tracker."""
        processes = {}  # pid: (parent, command)
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except (OSError, ValueError):
                continue
            processes[int(entry.name)] = (int(stat.rsplit(")", 1)[1].split()[1]), command)
        servers = {pid for pid, (parent, command) in processes.items()
                   if parent == self.process.pid and b"forkserver" in command}
        return [pid for pid, (parent, command) in processes.items()
                if parent in servers or (parent == self.process.pid and b"spawn_main" in command)]

    def finish(self) -> tuple[int, str, list[str]]:
        """Exit status, stdout, and the lines of stderr that are not the progress bar, once every
        process of the build (workers too: they share the terminal) has ended."""
        deadline = time.monotonic() + PATIENCE
        while self._read(1.0):
            assert time.monotonic() < deadline, f"the build did not end\n{self.stderr.decode()}"
        os.close(self.master)
        status = self.process.wait(timeout=PATIENCE)
        stdout = self.process.stdout.read().decode()
        self.process.stdout.close()
        lines = [line.strip() for line in re.split(r"[\r\n]+", self.stderr.decode("utf-8", "replace"))]
        return status, stdout, [line for line in lines if line and not PROGRESS.match(line.encode())]


def session_processes(session: int) -> list[int]:
    """The processes of ``session`` still alive once those ending have had time to end: a worker
    the build ended may take a moment to go on a loaded machine (a bound, never a speed asserted)."""
    deadline = time.monotonic() + 30
    while (left := _alive_in(session)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def _alive_in(session: int) -> list[int]:
    left = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, ValueError):
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            left.append(int(entry.name))
    return left


@pytest.fixture
def built_before(tmp_path):
    """An output folder of a finished build, and its files' bytes."""
    out = tmp_path / "out"
    assert kg_build(EXAMPLES, out).returncode == 0
    return out, {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_output_as_before(out: Path, before: dict) -> None:
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]


def test_ctrl_c_with_workers_is_one_line_and_status_130(tmp_path, built_before):
    out, before = built_before
    build = TerminalBuild(many_articles(tmp_path / "many", 1000), out, jobs=2)
    build.wait_for_progress()
    os.killpg(build.process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    status, stdout, lines = build.finish()

    assert status == EXIT_INTERRUPTED, lines
    assert "Traceback" not in build.stderr.decode() and "KeyboardInterrupt" not in build.stderr.decode()
    assert len(lines) == 1 and re.fullmatch(
        r"interrupted: \d+ of the \d+ inputs read so far built, \d+ of them stored; the output files are as they "
        r"were before; building again goes on from there", lines[0]), lines
    assert stdout == ""
    assert session_processes(build.process.pid) == []  # no worker left running
    assert_output_as_before(out, before)


def test_a_killed_worker_is_one_line_and_status_3(tmp_path, built_before):
    out, before = built_before
    build = TerminalBuild(many_articles(tmp_path / "many", 1000), out, jobs=2)
    build.wait_for_progress()
    workers = build.workers()
    assert workers, "no worker process found"
    os.kill(workers[0], signal.SIGKILL)  # as the kernel's out-of-memory killer does
    status, stdout, lines = build.finish()

    assert status == EXIT_WORKER_DIED, lines
    assert "Traceback" not in build.stderr.decode()
    assert len(lines) == 1 and lines[0].startswith(
        "a worker process was killed by SIGKILL (as the system does when memory runs out): "), lines
    assert "building again goes on from there" in lines[0]
    assert session_processes(build.process.pid) == []
    assert_output_as_before(out, before)


def test_killed_build_keeps_the_previous_output_and_a_consistent_store(tmp_path, built_before):
    out, before = built_before
    corpus = many_articles(tmp_path / "many", 400)
    build = TerminalBuild(corpus, out, jobs=1)
    build.wait_for_progress(articles=16)
    os.kill(build.process.pid, signal.SIGKILL)
    build.finish()

    # the files of the last finished build are untouched, and no half-written file is left
    assert_output_as_before(out, before)
    # the store opens, and every article in it is whole (its NewsArticle node and identifier)
    with ArticleStore(out / "store") as store:
        articles = store.articles()
        assert len(articles) >= 3
        for iri in articles:
            graph = Graph()
            for triple in store.article_triples(iri):
                graph.parse(data=f"{triple} .", format="nt")
            assert (None, SDO.mentions, None) in graph or "identity" in iri or iri == str(VOCABULARY_GRAPH)

    # building again finishes the work and ends as a fresh build would
    assert kg_build(corpus, out).returncode == 0
    fresh = tmp_path / "fresh"
    assert kg_build(corpus, fresh).returncode == 0
    # the first build's three examples are in out's store too: compare what both built from the corpus
    with ArticleStore(out / "store") as stored, ArticleStore(fresh / "store") as new:
        corpus_articles = set(new.articles())
        assert corpus_articles <= set(stored.articles())
        for iri in sorted(a for a in corpus_articles if "identity" not in a)[:20]:
            assert sorted(map(str, stored.article_triples(iri))) == sorted(map(str, new.article_triples(iri)))
