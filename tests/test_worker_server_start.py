"""`kg build` starts the server its workers are forked from before it imports the pipeline, when the
build will use worker processes; a small build starts none, and no server outlives a build."""
import multiprocessing.forkserver

from click.testing import CliRunner

from kg.builder.workers import IN_PROCESS_ARTICLES, JSONL_BYTES_FOR_PROCESSES, builds_in_processes, start_worker_server
from kg.cli import main

ARTICLE = "Hà Nội, ngày 3/4/2021. Đồng chí Lò Văn Khuê, Bí thư Tỉnh ủy Hòa Lâm, chủ trì hội nghị.\n"


def files(folder, count: int, suffix: str = ".txt") -> str:
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"a{number}{suffix}").write_text(ARTICLE, encoding="utf-8")
    return str(folder)


def test_the_number_of_jobs_given_decides(tmp_path):
    one = files(tmp_path / "one", 1)
    assert builds_in_processes((one,), jobs=2)
    assert not builds_in_processes((files(tmp_path / "many", IN_PROCESS_ARTICLES),), jobs=1)


def test_left_to_the_build_a_folder_of_enough_files_goes_to_workers(tmp_path):
    assert not builds_in_processes((files(tmp_path / "few", IN_PROCESS_ARTICLES - 1),), jobs=None)
    assert builds_in_processes((files(tmp_path / "enough", IN_PROCESS_ARTICLES),), jobs=None)
    nested = tmp_path / "nested"
    files(nested, IN_PROCESS_ARTICLES // 2)
    files(nested / "inner", IN_PROCESS_ARTICLES // 2)
    assert builds_in_processes((str(nested),), jobs=None)


def test_left_to_the_build_a_large_jsonl_file_goes_to_workers(tmp_path):
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_text('{"text": "x"}\n')
    large.write_bytes(b"x" * JSONL_BYTES_FOR_PROCESSES)
    assert not builds_in_processes((str(small),), jobs=None)
    assert builds_in_processes((str(large),), jobs=None)


def server_pid():
    return multiprocessing.forkserver._forkserver._forkserver_pid


def test_a_build_with_workers_starts_its_server_first_and_leaves_none(tmp_path, monkeypatch):
    import kg.cli.build_cmd as build_cmd

    servers = []

    def start():
        start_worker_server()
        servers.append(server_pid())

    monkeypatch.setattr(build_cmd, "start_worker_server", start)
    result = CliRunner().invoke(main, ["build", files(tmp_path / "one", 1), "--out", str(tmp_path / "out1"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert servers == []  # one article: built in this process, no server
    result = CliRunner().invoke(main, ["build", files(tmp_path / "two", 2), "--out", str(tmp_path / "out2"),
                                       "--jobs", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    assert len(servers) == 1 and servers[0] is not None
    assert server_pid() is None
