"""The library catalog (libraries.py), tested from its own data.

Every starter's documented example, and every spelling of every name it has, sits beside a
default-method `ProcessPoolExecutor()` and must make it a finding; the same names bound to
a local class, a parameter or a look-alike module must not. Every forker is reported in its
unsafe spelling and not in its safe one. The prescreen must let every such module through.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from flake8_forksafe import catalog
from flake8_forksafe.engine import Checker
from flake8_forksafe.libraries import FORKERS, STARTERS, Default, Forker, Starter, Trigger
from flake8_forksafe.settings import Settings

from markers import actual, assert_matches_markers
from test_e2e import flake8

# One module at a time (the project layer has its own tests; see the end of this file).
ALONE = Settings(scope="module")
POOL = "from concurrent.futures import ProcessPoolExecutor\n\npool = ProcessPoolExecutor()"
THREADS = "import threading\n\nthreading.Thread(target=print).start()\n"


def with_pool(body: str, marker: str = "  # error: FRK001") -> str:
    return f"{body}\n{POOL}{marker}\n"


def findings(source: str, settings: Settings = ALONE) -> list[str]:
    """`line:code message` of every finding, after checking the unscreened analysis agrees."""
    lines = source.splitlines(keepends=True)
    screened = Checker(settings).check(ast.parse(source), lines)
    assert screened == Checker(settings, screened=False).check(ast.parse(source), lines)
    return [f"{finding.line}:{finding.code} {finding.message}" for finding in screened]


def use(expr: str, starter: Starter) -> str:
    """Statements that use the object bound to `expr` the way the entry starts threads."""
    if starter.trigger is Trigger.METHOD:
        return f"obj = {expr}()\nobj.{starter.methods[0]}()\n"
    if starter.trigger is Trigger.ANY_CALL:
        return f"{expr}.anything()\n"
    if starter.trigger is Trigger.DECORATOR:
        return f"@{expr}\ndef work():\n    pass\n"
    arguments = ", ".join(f"{c.keyword}={c.values[0]!r}" for c in starter.when[:1] if not c.missing)
    return f"{expr}({arguments})\n"


def spellings(name: str, starter: Starter) -> list[str]:
    """The ways a module can bind `name` and use it: dotted, `from ... import ... as`, submodule alias."""
    owner, _, last = name.rpartition(".")
    if starter.trigger is Trigger.IMPORT:
        return [f"import {name}\n", f"import {name} as _unused\n", f"from {owner} import {last}\n"]
    ways = [f"import {owner or name}\n" + use(name, starter)]
    if owner:
        ways += [
            f"from {owner} import {last} as Alias\n" + use("Alias", starter),
            f"import {owner} as module\n" + use(f"module.{last}", starter),
        ]
    else:
        ways += [f"import {name} as alias\n" + use("alias", starter)]
    return ways


def starter_id(starter: Starter) -> str:
    return starter.qualname


NAMED = [(starter, name) for starter in STARTERS for name in (starter.qualname, *starter.aliases)]


@pytest.mark.parametrize("starter", STARTERS, ids=starter_id)
def test_each_documented_example_is_evidence(starter: Starter) -> None:
    source = with_pool(starter.example)
    assert_matches_markers(source, ALONE)
    (finding,) = findings(source)
    assert starter.qualname in finding  # the message names the library call as the evidence


@pytest.mark.parametrize(("starter", "name"), NAMED, ids=[name for _, name in NAMED])
def test_every_spelling_of_every_name_is_evidence(starter: Starter, name: str) -> None:
    for way in spellings(name, starter):
        assert_matches_markers(with_pool(way), ALONE)


@pytest.mark.parametrize("starter", STARTERS, ids=starter_id)
def test_look_alikes_are_not_evidence(starter: Starter) -> None:
    owner, _, last = starter.qualname.rpartition(".")
    traps = [f"import acme.{starter.qualname} as lookalike\n" + use("lookalike", starter)]
    if starter.trigger is not Trigger.IMPORT:
        local = f"class {last}:\n    def __init__(self, *args, **kwargs):\n        pass\n\n"
        local += "".join(f"    def {method}(self):\n        pass\n\n" for method in starter.methods)
        traps += [
            local + use(last, starter),  # a local class of the same name
            f"from acme.{owner or 'lib'} import {last}\n" + use(last, starter),  # a look-alike module
            f"def run({last}):\n" + textwrap.indent(use(last, starter), "    "),  # a parameter
        ]
    for trap in traps:
        assert findings(with_pool(trap, marker="")) == [], trap


@pytest.mark.parametrize(
    "starter", [s for s in STARTERS if s.trigger in (Trigger.CONSTRUCTION, Trigger.METHOD)]
)
def test_a_local_subclass_counts_like_the_class(starter: Starter) -> None:
    owner, _, last = starter.qualname.rpartition(".")
    body = f"from {owner} import {last}\n\n\nclass Mine({last}):\n    pass\n\n\n" + use("Mine", starter)
    (finding,) = findings(with_pool(body))
    assert (
        f"Mine{'.' + starter.methods[0] if starter.methods else ''}, a {starter.qualname} subclass" in finding
    )


def test_a_subclass_never_constructed_or_started_is_not_evidence() -> None:
    source = """\
from PyQt5.QtCore import QThread


class Worker(QThread):
    def run(self):
        pass


worker = Worker()
"""
    assert findings(with_pool(source, marker="")) == []
    assert_matches_markers(with_pool(source + "worker.start()\n"), ALONE)


QUEUE_LISTENER = """\
import logging
import queue
from logging.handlers import QueueListener

listener = QueueListener(queue.Queue(), logging.StreamHandler())
"""


@pytest.mark.parametrize(
    ("tail", "marker"),
    [
        ("", ""),  # built, never started
        ("listener.stop()\n", ""),
        ("other = queue.Queue()\nother.start()\n", ""),  # .start() on something else
        ("listener = queue.Queue()\nlistener.start()\n", ""),  # the name no longer holds it
        ("start = listener.start\n", ""),  # taken, not called
        ("listener.start()\n", "  # error: FRK001"),
        ("QueueListener(queue.Queue()).start()\n", "  # error: FRK001"),
        ("def setup():\n    listener.start()\n", "  # error: FRK001"),  # the module's instance, in a function
    ],
)
def test_queue_listener_counts_only_once_started(tail: str, marker: str) -> None:
    assert_matches_markers(with_pool(QUEUE_LISTENER + tail, marker), ALONE)


def test_with_an_observer_starts_it() -> None:
    source = "from watchdog.observers import Observer\n\nwith Observer() as observer:\n    pass\n"
    (finding,) = findings(with_pool(source))
    assert "(watchdog.observers.Observer.__enter__, line 3)" in finding


@pytest.mark.parametrize(
    ("body", "marker"),
    [
        ('import boto3\ns3 = boto3.client("s3")\ns3.put_object(Bucket="b", Key="k")\n', ""),
        ('import boto3\ns3 = boto3.client("s3")\n', ""),
        ('import boto3\nboto3.client("s3").download_file("b", "k", "f")\n', "  # error: FRK001"),
        ('import boto3\ns3 = boto3.client("s3")\ns3.upload_fileobj(None, "b", "k")\n', "  # error: FRK001"),
    ],
)
def test_boto3_managed_transfers(body: str, marker: str) -> None:
    assert_matches_markers(with_pool(body, marker), ALONE)


@pytest.mark.parametrize(
    ("body", "marker"),
    [
        ("import sys\nfrom loguru import logger\nlogger.add(sys.stderr)\n", ""),
        ("import sys\nfrom loguru import logger\nlogger.add(sys.stderr, enqueue=False)\n", ""),
        ("import sys\nfrom loguru import logger\nlogger.add(sys.stderr, enqueue=flag)\n", ""),  # unknown
        ("from psycopg_pool import ConnectionPool\npool_ = ConnectionPool('', open=False)\n", ""),
        (
            "from psycopg_pool import ConnectionPool\npool_ = ConnectionPool('', open=True)\n",
            "  # error: FRK001",
        ),
        ("import dask\ndask.compute(scheduler='processes')\n", ""),
        ("import dask\ndask.compute(scheduler='threads')\n", "  # error: FRK001"),
        # an enclosing `with dask.config.set(...)` block stands in for a missing scheduler=
        ("import dask\nwith dask.config.set(scheduler='processes'):\n    dask.compute()\n", ""),
        ("from dask import config, compute\nwith config.set({'scheduler': 'sync'}):\n    compute()\n", ""),
        (
            "import dask\nwith dask.config.set(scheduler='threads'):\n    dask.compute()\n",
            "  # error: FRK001",
        ),
        ("import dask\nwith dask.config.set(scheduler=s):\n    dask.compute()\n", ""),  # unknown
        ("import dask\nwith dask.config.set(num_workers=2):\n    dask.compute()\n", "  # error: FRK001"),
        (
            "import dask\nwith dask.config.set(scheduler='processes'):\n    pass\ndask.compute()\n",
            "  # error: FRK001",
        ),
        (
            "import dask\nwith dask.config.set(scheduler='processes'):\n"
            "    dask.compute(scheduler='threads')\n",
            "  # error: FRK001",
        ),
        ("from datadog import DogStatsd\nstatsd = DogStatsd()\n", ""),
        ("from datadog import DogStatsd\nstatsd = DogStatsd(disable_buffering=False)\n", "  # error: FRK001"),
    ],
)
def test_calls_that_start_threads_only_with_some_arguments(body: str, marker: str) -> None:
    assert_matches_markers(with_pool(body, marker), ALONE)


@pytest.mark.parametrize(
    ("body", "marker"),
    [
        ("import jax\n\n\n@jax.jit\ndef f(x):\n    return x\n", "  # error: FRK001"),
        ("from jax import jit\n\n\n@jit\ndef f(x):\n    return x\n", "  # error: FRK001"),
        ("import jax\n\n\ndef f(x):\n    return x\n\n\ng = jax.jit(f)\n", "  # error: FRK001"),
        ("import jax\n\n\n@jax.vmap\ndef f(x):\n    return x\n", ""),  # not in the catalog
        ("import jax\nshape = jax.numpy.float32\n", ""),  # no call into jax.numpy
        ("import polars as pl\ndtype = pl.Int64\n", ""),  # no call into polars
        ("from polars import DataFrame\nframe = DataFrame()\n", "  # error: FRK001"),
        ("import ddtrace\n", ""),
        ("from ddtrace import auto\n", "  # error: FRK001"),
        ("from ddtrace.auto import *\n", "  # error: FRK001"),
        ("from . import ddtrace\nimport acme.ddtrace.auto\n", ""),
    ],
)
def test_decorators_modules_and_imports(body: str, marker: str) -> None:
    assert_matches_markers(with_pool(body, marker), ALONE)


def test_a_decorator_evidence_is_at_the_decorator() -> None:
    (finding,) = findings(with_pool("import os\nimport jax\n\n\n@jax.jit\ndef f(x):\n    return x\n"))
    assert "(jax.jit, line 5)" in finding


# ----- forkers -----------------------------------------------------------------------------


@pytest.mark.parametrize("forker", FORKERS, ids=lambda forker: forker.qualname)
def test_each_forker_is_reported_in_a_threaded_module_and_safe_when_told(forker: Forker) -> None:
    code = "FRK002" if forker.default is Default.FORK else "FRK001"
    marked = [
        line for line in forker.example.splitlines() if forker.qualname.rpartition(".")[2] + "(" in line
    ]
    assert len(marked) == 1
    unsafe = THREADS + forker.example.replace(marked[0], f"{marked[0]}  # error: {code}")
    assert_matches_markers(unsafe, ALONE)
    assert_matches_markers(THREADS + forker.safe_example, ALONE)
    assert findings(forker.example) == []  # no thread evidence, no finding
    (finding,) = findings(unsafe)
    assert forker.fix in finding


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("DataLoader(data)", []),
        ("DataLoader(data, num_workers=0)", []),
        ("DataLoader(data, 1, False, None, None, 0)", []),
        ("DataLoader(data, num_workers=n)", ["FRK001"]),  # not a literal: may be > 0
        ("DataLoader(data, 1, False, None, None, 4)", ["FRK001"]),
        ("DataLoader(data, num_workers=4, multiprocessing_context=None)", ["FRK001"]),
        ("DataLoader(data, num_workers=4, multiprocessing_context=mp.get_context())", ["FRK001"]),
        ("DataLoader(data, num_workers=4, multiprocessing_context='fork')", ["FRK002"]),
        ("DataLoader(data, num_workers=4, multiprocessing_context='forkserver')", []),
        ("DataLoader(data, num_workers=4, multiprocessing_context=mp.get_context('spawn'))", []),
        ("DataLoader(data, num_workers=4, multiprocessing_context=ctx)", []),  # unknown
        ("DataLoader(data, num_workers=4, **options)", []),  # may carry the context
    ],
)
def test_dataloader(body: str, expected: list[str]) -> None:
    source = f"{THREADS}import multiprocessing as mp\nfrom torch.utils.data import DataLoader\n{body}\n"
    assert [code for _, code, _ in actual(source, ALONE)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("joblib.Parallel(n_jobs=2)", []),
        ("joblib.Parallel(2, 'threading')", []),
        ("joblib.Parallel(2, 'multiprocessing')", ["FRK001"]),
        ("joblib.Parallel(n_jobs=2, backend=mp.get_context())", ["FRK001"]),
        ("joblib.Parallel(n_jobs=2, backend=mp.get_context('spawn'))", []),
        ("joblib.Parallel(n_jobs=2, backend=mp.get_context('fork'))", ["FRK002"]),  # at get_context
        ("mpire.WorkerPool()", ["FRK002"]),
        ("mpire.WorkerPool(start_method='fork')", ["FRK002"]),
        ("mpire.WorkerPool(start_method='threading')", []),
        ("mpire.WorkerPool(2, True, None, None, False, False, 'spawn')", []),
        ("pebble.ProcessPool()", ["FRK001"]),
        ("pebble.ProcessPool(context=mp)", ["FRK001"]),  # the module itself: the default context
        ("pebble.ProcessPool(4, 0, None, (), mp.get_context('forkserver'))", []),
    ],
)
def test_joblib_mpire_pebble(body: str, expected: list[str]) -> None:
    source = f"{THREADS}import multiprocessing as mp\nimport joblib\nimport mpire\nimport pebble\n{body}\n"
    assert [code for _, code, _ in actual(source, ALONE)] == expected


def test_mpire_forks_whatever_the_target_python() -> None:
    source = THREADS + "from mpire import WorkerPool\nWorkerPool()  # error: FRK002\n"
    assert_matches_markers(source, Settings(target_python=(3, 14), scope="module"))
    (finding,) = findings(source)
    assert "mpire.WorkerPool(), whose start method defaults to fork, pins the fork start method" in finding
    torch = THREADS + "from torch.utils.data import DataLoader\nDataLoader([], num_workers=2)\n"
    assert actual(torch, Settings(target_python=(3, 14), scope="module")) == []


def test_a_local_dataloader_subclass_forks_too() -> None:
    source = THREADS + (
        "from torch.utils.data import DataLoader\n\n\nclass Loader(DataLoader):\n    pass\n\n\n"
        "Loader([], num_workers=2)  # error: FRK001\n"
    )
    assert_matches_markers(source, ALONE)


# ----- the options ---------------------------------------------------------------------------


def test_extra_names_can_be_methods_and_decorators() -> None:
    settings = Settings(
        extra_thread_starters=frozenset({"mylib.Client.start", "mylib.background"}),
        extra_lock_factories=frozenset({"mylib.Registry.lock"}),
        scope="module",
    )
    cases = {
        "import mylib\nclient = mylib.Client()\nclient.start()\n": "mylib.Client.start",
        "from mylib import Client\nClient().start()\n": "mylib.Client.start",
        "import mylib\n\n\n@mylib.background\ndef job():\n    pass\n": "mylib.background",
        "import mylib\n_lock = mylib.Registry().lock()\n": "creates a module-level lock (mylib.Registry.lock",
    }
    for body, evidence in cases.items():
        assert_matches_markers(with_pool(body), settings)
        (finding,) = findings(with_pool(body), settings)
        assert evidence in finding
        assert findings(with_pool(body, marker="")) == []  # without the options: nothing
    quiet = [
        "import mylib\nclient = mylib.Client()\n",
        "import mylib\nclient = mylib.Client()\nclient.stop()\n",
        "import mylib\n\n\ndef setup():\n    _lock = mylib.Registry().lock()\n",  # not at import time
    ]
    for body in quiet:
        assert findings(with_pool(body, marker=""), settings) == [], body


def test_every_entry_is_in_the_catalog_once() -> None:
    names = [record.qualname for record in (*STARTERS, *FORKERS)]
    assert len(names) == len(set(names))
    aliases = [alias for record in (*STARTERS, *FORKERS) for alias in record.aliases]
    assert not set(aliases) & set(catalog.ENTRIES)
    for record in (*STARTERS, *FORKERS):
        assert record.citation and record.versions and record.library


# ----- what users see ------------------------------------------------------------------------

END_TO_END = """\
import logging
import queue
from concurrent.futures import ProcessPoolExecutor
from logging.handlers import QueueListener

import sentry_sdk
from torch.utils.data import DataLoader

sentry_sdk.init(dsn="https://key@example.invalid/1")
listener = QueueListener(queue.Queue(), logging.StreamHandler())
listener.start()


def main(dataset):
    loader = DataLoader(dataset, num_workers=4)
    with ProcessPoolExecutor() as pool:
        return loader, pool
"""


def test_flake8_reports_library_threads_and_forkers(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text(END_TO_END)
    result = flake8(tmp_path, "--isolated", "--select=FRK", "example.py")
    evidence = "(fork on Linux before Python 3.14) in a module that starts threads (sentry_sdk.init, line 9)"
    assert result.stdout.splitlines() == [
        "example.py:15:14: FRK001 torch.utils.data.DataLoader() uses the default start method "
        f'{evidence}; pass multiprocessing_context="spawn" or "forkserver"',
        "example.py:16:10: FRK001 ProcessPoolExecutor() uses the default start method "
        f'{evidence}; pass mp_context=multiprocessing.get_context("spawn") or "forkserver"',
    ]
    assert result.returncode == 1


def test_library_threads_started_on_import_pass_to_the_importing_module(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "telemetry.py").write_text(
        'import ddtrace.auto\nimport sentry_sdk\n\nsentry_sdk.init(dsn="x")\n'
    )
    (tmp_path / "app" / "work.py").write_text(
        "from concurrent.futures import ProcessPoolExecutor\n\nimport app.telemetry\n\n\n"
        "def run():\n    with ProcessPoolExecutor() as pool:\n        return pool\n"
    )
    result = flake8(tmp_path, "--isolated", "--select=FRK", "app/work.py")
    (line,) = result.stdout.splitlines()
    assert line.startswith("app/work.py:7:10: FRK001 ProcessPoolExecutor() ")
    assert "app.telemetry" in line and "import ddtrace.auto" in line and "app/telemetry.py:1" in line
