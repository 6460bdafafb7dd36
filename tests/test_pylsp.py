"""A real python-lsp-server, driven over its stdio protocol, reports FRK findings.

pylsp's flake8 plugin runs the flake8 executable next to this Python on the open buffer
(`flake8 -`, the source on stdin) and publishes what it prints as LSP diagnostics.
"""

from __future__ import annotations

import importlib.util
import json
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

import pytest

from flake8_forksafe.rules import RULES

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pylsp") is None,
    reason="python-lsp-server is not installed: pip install -e '.[test]'",
)

FLAKE8 = shutil.which("flake8", path=str(Path(sys.executable).parent))
DEADLOCK = RULES["FRK001"].invalid[0]  # line 13 is `    with ProcessPoolExecutor() as pool:  # error: FRK001`
TIMEOUT = 120  # seconds to wait for any one message: bounds a server that never answers


class Server:
    """A pylsp process and the JSON-RPC framing of the Language Server Protocol."""

    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pylsp"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        self._next_id = 0

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            headers = {}
            while (line := stream.readline().decode("ascii").strip()) != "":
                name, _, value = line.partition(":")
                headers[name.lower()] = value.strip()
            if "content-length" not in headers:
                return  # end of stream
            self.messages.put(json.loads(stream.read(int(headers["content-length"]))))

    def send(self, method: str, params: dict[str, Any], request: bool = False) -> int | None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        ident = None
        if request:
            self._next_id += 1
            ident = message["id"] = self._next_id
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return ident

    def receive(self, wanted: Any) -> dict[str, Any]:
        """The next message for which wanted(message) is true; others are dropped."""
        while True:
            message = self.messages.get(timeout=TIMEOUT)
            if wanted(message):
                return message

    def close(self) -> None:
        ident = self.send("shutdown", {}, request=True)
        self.receive(lambda message: message.get("id") == ident)
        self.send("exit", {})
        self.process.wait(timeout=TIMEOUT)


@pytest.fixture
def server(tmp_path: Path) -> Any:
    assert FLAKE8, "flake8 is not installed next to this Python"
    server = Server(tmp_path)
    settings = {
        "pylsp": {
            "plugins": {
                "flake8": {"enabled": True, "executable": FLAKE8, "select": ["FRK"]},
                "pycodestyle": {"enabled": False},
                "pyflakes": {"enabled": False},
                "mccabe": {"enabled": False},
            }
        }
    }
    ident = server.send(
        "initialize",
        {
            "processId": None,
            "rootUri": tmp_path.as_uri(),
            "capabilities": {},
            "initializationOptions": settings,
        },
        request=True,
    )
    server.receive(lambda message: message.get("id") == ident)
    server.send("initialized", {})
    try:
        yield server
        server.close()
    finally:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait()


def diagnostics_for(server: Server, uri: str) -> list[dict[str, Any]]:
    published = server.receive(
        lambda message: (
            message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri
        )
    )
    diagnostics: list[dict[str, Any]] = published["params"]["diagnostics"]
    return diagnostics


def open_and_get_diagnostics(server: Server, path: Path, text: str) -> list[dict[str, Any]]:
    uri = path.as_uri()
    server.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}},
    )
    return diagnostics_for(server, uri)


def test_pylsp_publishes_frk001_with_the_exact_range(server: Server, tmp_path: Path) -> None:
    # The buffer is never saved: the file does not exist on disk, as in an editor's new file.
    diagnostics = open_and_get_diagnostics(server, tmp_path / "app.py", DEADLOCK)
    line = DEADLOCK.splitlines(keepends=True)[12]
    assert line.startswith("    with ProcessPoolExecutor() as pool:")
    assert [(d["source"], d["code"]) for d in diagnostics] == [("flake8", "FRK001")]
    assert diagnostics[0]["range"] == {
        # 0-based: flake8's 13:10 is line 12, character 9; pylsp ends a flake8 range at the line's end.
        "start": {"line": 12, "character": 9},
        "end": {"line": 12, "character": len(line)},
    }
    assert diagnostics[0]["message"].startswith("FRK001 ProcessPoolExecutor() uses the default start method")


def test_pylsp_clears_the_finding_when_the_buffer_becomes_spawn_safe(server: Server, tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    assert [d["code"] for d in open_and_get_diagnostics(server, path, DEADLOCK)] == ["FRK001"]
    server.send(
        "textDocument/didChange",
        {
            "textDocument": {"uri": path.as_uri(), "version": 2},
            "contentChanges": [{"text": RULES["FRK001"].valid[0]}],
        },
    )
    assert diagnostics_for(server, path.as_uri()) == []


METRICS = '''\
"""Starts its reporter thread when imported."""
import threading


def _report():
    pass


threading.Thread(target=_report, daemon=True).start()
'''
JOBS = """\
import multiprocessing

import metrics


def crunch(paths):
    with multiprocessing.Pool() as pool:
        return pool.map(len, paths)
"""


def test_pylsp_reports_a_fork_whose_threads_live_in_another_module(server: Server, tmp_path: Path) -> None:
    # metrics.py is on disk; jobs.py is an unsaved buffer: its evidence comes from the import.
    (tmp_path / "metrics.py").write_text(METRICS)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\nversion = "0"\n')
    diagnostics = open_and_get_diagnostics(server, tmp_path / "jobs.py", JOBS)
    assert [(d["code"], d["range"]["start"]) for d in diagnostics] == [
        ("FRK001", {"line": 6, "character": 9})
    ]
    assert (
        "in a module that imports metrics, which starts threads on import (threading.Thread, metrics.py:9)"
        in diagnostics[0]["message"]
    )
    # Editing the other module on disk changes the finding on the next lint of the buffer.
    (tmp_path / "metrics.py").write_text(METRICS.replace("threading.Thread(", "print(threading.Thread,"))
    server.send(
        "textDocument/didChange",
        {
            "textDocument": {"uri": (tmp_path / "jobs.py").as_uri(), "version": 2},
            "contentChanges": [{"text": JOBS}],
        },
    )
    assert diagnostics_for(server, (tmp_path / "jobs.py").as_uri()) == []
