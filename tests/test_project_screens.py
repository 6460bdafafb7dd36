"""The project layer's cheap screens: word sets, substring searches and partial summaries agree
with the expensive answers they stand in for."""

from __future__ import annotations

import ast
import gc
import importlib
import json
from importlib.machinery import PathFinder
from pathlib import Path

import pytest
from test_finder import settle

from flake8_forksafe import finder
from flake8_forksafe import project as project_module
from flake8_forksafe.facts import collect
from flake8_forksafe.project import Code, Project, _words
from flake8_forksafe.settings import Settings


@pytest.mark.parametrize(
    ("source", "explicit"),
    [
        ("class A:\n    def __init__(self):\n        pass\n", False),
        ("class B(A):\n    def __init__(self):\n        super().__init__()\n", True),
        ("class B(A):\n    def __init__(self):\n        A.__init__(self)\n", True),
        ("class B(A):\n    def __init__(self):\n        super() . __init__()\n", True),
        ("obj = object.__new__(cls)\n", False),
    ],
)
def test_an_explicit_constructor_call_is_a_word_of_its_own(source: str, explicit: bool) -> None:
    words = _words(source.encode())
    assert (b".__init__" in words) is explicit
    assert (b".__new__" in words) is ("__new__" in source)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n")
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    sources = {
        "pools.py": "from concurrent.futures import ProcessPoolExecutor\n\nPool = ProcessPoolExecutor\n",
        "threadpool.py": "from multiprocessing.pool import ThreadPool\n",  # `Pool` only inside a word
        "runner.py": "import threading\n\n\ndef run():\n    threading.Thread(target=print).start()\n",
        "words.py": '"""Pooling, running."""\n',
        "child.py": "class C(B):\n    def __init__(self):\n        super().__init__()\n",
    }
    for name, text in sources.items():
        (package / name).write_text(text)
    return package / "__init__.py"


QUESTIONS = [({"Pool"}, set()), ({"run"}, set()), ({"Thread"}, {"threading"}), ({".__init__"}, set())]


def _answers(project: Project, roots: tuple[Path, ...]) -> list[list[str]]:
    return [sorted(m.path.name for m in project.mentioning(roots, words, also)) for words, also in QUESTIONS]


def test_substring_searches_answer_as_word_sets_do(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    by_substring = Project(Settings(no_cache=True))
    roots = by_substring.finder.roots_for(tree)[0]
    first = _answers(by_substring, roots)
    assert first == [["pools.py"], ["runner.py"], ["runner.py"], ["child.py"]]
    monkeypatch.setattr(project_module, "SUBSTRING_WORDS", 0)  # word sets from the first question
    by_words = Project(Settings(no_cache=True))
    assert _answers(by_words, roots) == first
    assert _answers(by_substring, roots) == first  # asked again, with word sets built meanwhile


def test_a_partial_summary_is_replaced_when_a_whole_one_is_needed(tree: Path) -> None:
    project = Project(Settings(no_cache=True))
    runner = tree.with_name("runner.py")
    words = tree.with_name("words.py")
    assert project.module(words, partial=True).partial  # type: ignore[union-attr]
    partial = project.module(runner, partial=True)
    assert partial is not None and not partial.partial  # it starts a thread: summarised whole
    whole = project.module(words)
    assert whole is not None and not whole.partial
    assert project.module(words, partial=True) is whole  # a whole summary serves both


def test_callers_of_a_module_function_are_looked_for_where_its_module_is_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'tools'\n")
    (tmp_path / "tool.py").write_text("def main():\n    pass\n\n\ndef again():\n    main()\n")
    (tmp_path / "user.py").write_text("import tool\n\n\ndef go():\n    tool.main()\n")
    (tmp_path / "other.py").write_text("def main():\n    pass\n\n\nmain()\n")  # another main
    project = Project(Settings(no_cache=True))
    found = [(caller.path.name, caller.summary.calls[position].owner) for caller, position in project.callers(
        Code(tmp_path / "tool.py", "main")
    )]  # fmt: skip
    assert sorted(found) == [("tool.py", "again"), ("user.py", "go")]
    assert tmp_path / "other.py" not in project._modules  # screened out by its text: never summarised


def test_import_closures_that_name_no_thread_starter_are_read_partially(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n")
    (tmp_path / "a.py").write_text("import b\n\nb.setup()\n")
    (tmp_path / "b.py").write_text("from c import helper\n\n\ndef setup():\n    helper()\n")
    (tmp_path / "c.py").write_text("def helper():\n    return 1\n")
    (tmp_path / "d.py").write_text("import c\nimport e\n")
    (tmp_path / "e.py").write_text("import threading\n\nthreading.Thread(target=print).start()\n")
    project = Project(Settings(no_cache=True))
    assert not project.may_start_threads(tmp_path / "a.py")
    assert all(project.module(tmp_path / name, partial=True).partial for name in ("a.py", "b.py", "c.py"))  # type: ignore[union-attr]
    assert project.may_start_threads(tmp_path / "d.py")  # e.py names threading
    assert project._import_threads(tmp_path / "a.py") is None
    found = project._import_threads(tmp_path / "d.py")
    assert found is not None and found[1].path.name == "e.py"


def test_test_packages_with_roots_of_their_own_share_one_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test package is the top of its own root; the project's directory holds them all and
    is walked once, and a root below a directory the walk skips keeps its own walk."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n")
    files = ["app/__init__.py", "app/core.py", "tests/a/__init__.py", "tests/a/test_a.py"]
    files += ["tests/b/__init__.py", "tests/b/test_b.py", "build/lib/pkg/__init__.py", "build/lib/pkg/m.py"]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    walked: list[str] = []
    walk = finder._walk
    monkeypatch.setattr(finder, "_walk", lambda root, signed=False: walked.append(root) or walk(root, signed))
    project = Project(Settings(no_cache=True))
    seen = {}
    for name in files:
        roots = project.finder.roots_for(tmp_path / name)[0]
        seen[name] = [str(path.relative_to(tmp_path)) for path in project.finder.files(roots)]
    on_disk = [
        name for name in sorted(files, key=lambda name: name.split("/")) if not name.startswith("build")
    ]
    assert seen["tests/a/test_a.py"] == seen["tests/b/test_b.py"] == seen["app/core.py"] == on_disk
    assert seen["build/lib/pkg/m.py"] == sorted(files, key=lambda name: name.split("/"))
    assert walked.count(str(tmp_path)) == 1
    assert sorted(walked) == sorted({*walked})  # no root walked twice


@pytest.mark.parametrize("enabled", [True, False])
def test_summarising_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, enabled: bool) -> None:
    """The collector is off while a tree is built (project._no_cyclic_collection), then back as it was,
    also when the module has a syntax error or nests too deeply for `ast`."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "gc"\nversion = "0"\n')
    (tmp_path / "fine.py").write_text("import threading\n\nthreading.Thread(target=print).start()\n")
    (tmp_path / "broken.py").write_text("def f(:\n")
    (tmp_path / "deep.py").write_text("x = 1" + " + 1" * 5000 + "\n")
    project = Project(Settings(no_cache=True))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        for name in ("fine.py", "broken.py", "deep.py"):
            project.module(tmp_path / name)
            assert gc.isenabled() is enabled, name
    finally:
        gc.enable() if was else gc.disable()
    assert project.module(tmp_path / "fine.py").summary.threads  # summarised, not skipped


def _python_finds(root: Path, name: str) -> Path | None:
    """What Python's own import machinery finds for `name` under `root` alone (nothing runs)."""
    importlib.invalidate_caches()
    locations: list[str] | None = [str(root)]
    spec = None
    for part in name.split("."):
        if locations is None:
            return None  # a module is no package: nothing below it
        spec = PathFinder.find_spec(part, locations)
        if spec is None:
            return None
        locations = None if spec.submodule_search_locations is None else list(spec.submodule_search_locations)
    assert spec is not None
    if spec.origin is None or spec.origin == "namespace":  # a namespace package: its directory
        return Path(locations[0]) if locations else None
    return Path(spec.origin)


def test_modules_are_found_where_python_would_find_them(tmp_path: Path) -> None:
    root = tmp_path / "root"
    files = [
        "plain.py", "pkg/__init__.py", "pkg/mod.py", "pkg/sub/__init__.py", "pkg/sub/deep.py",
        "both/__init__.py", "both.py",  # the package wins
        "nsboth/inner.py", "nsboth.py",  # a module wins over a namespace directory
        "ns/inner/leaf.py", "pkg/ns/leaf.py", "initdir/__init__.py/keep.py", "dotpy.py/keep.py",
    ]  # fmt: skip
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("")
    (root / "linked").symlink_to(root / "pkg", target_is_directory=True)
    (root / "broken.py").symlink_to(root / "nowhere.py")
    (root / "linkmod.py").symlink_to(root / "plain.py")
    (root / "fifo.py").mkdir()  # neither file nor package
    names = [
        "plain", "pkg", "pkg.mod", "pkg.sub", "pkg.sub.deep", "pkg.missing", "both", "nsboth",
        "nsboth.inner", "ns", "ns.inner", "ns.inner.leaf", "pkg.ns", "pkg.ns.leaf", "initdir",
        "initdir.keep", "dotpy", "linked", "linked.mod", "broken", "linkmod", "fifo", "plain.x",
        "missing", "missing.deeper",
    ]  # fmt: skip
    project = Project(Settings(no_cache=True))
    found = {name: project.find((root,), name) for name in names}
    assert found == {name: _python_finds(root, name) for name in names}
    assert found["both"] == root / "both" / "__init__.py" and found["nsboth"] == root / "nsboth.py"
    assert found["ns.inner"] == root / "ns" / "inner" and found["broken"] is None


def _settled_words_tree(tmp_path: Path) -> Path:
    tmp_path.mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n")
    (tmp_path / "pools.py").write_text("from multiprocessing import Pool\n\n\ndef crunch():\n    Pool()\n")
    (tmp_path / "runner.py").write_text("def go():\n    return 1\n")
    (tmp_path / "other.py").write_text("VALUE = 1\n")
    settle()  # the word cache keeps only files changed longer ago than the racy window
    return tmp_path


def _screen(tree: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int]:
    """(the files mentioning `crunch`, how many word sets were made from files read)."""
    made: list[bytes] = []
    monkeypatch.setattr(project_module, "_words", lambda data: made.append(data) or _words(data))
    project = Project(Settings(cache_dir=str(cache)))
    roots = project.finder.roots_for(tree / "pools.py")[0]
    found = sorted(module.path.name for module in project.mentioning(roots, {"crunch"}))
    assert set(project.files_read) >= {tree / name for name in ("pools.py", "runner.py", "other.py")}
    return found, len(made)


def test_unchanged_files_are_screened_from_the_word_cache_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _settled_words_tree(tmp_path / "tree")
    cache = tmp_path / "cache"
    assert _screen(tree, cache, monkeypatch) == (["pools.py"], 3)
    assert len(list((cache / "words").glob("*.json"))) == 1
    assert _screen(tree, cache, monkeypatch) == (["pools.py"], 0)  # no file read for its words
    # A file changed since is read again, whether its size changed or only its times.
    (tree / "runner.py").write_text("from pools import crunch\n\n\ndef go():\n    crunch()\n")
    (tree / "other.py").write_text("CRUNCH = 1\n")  # the same size: new times, new words
    assert _screen(tree, cache, monkeypatch) == (["pools.py", "runner.py"], 2)
    # ... and kept only once it is older than the racy window: until then, read on every run.
    assert _screen(tree, cache, monkeypatch) == (["pools.py", "runner.py"], 2)
    settle()
    assert _screen(tree, cache, monkeypatch) == (["pools.py", "runner.py"], 2)
    assert _screen(tree, cache, monkeypatch) == (["pools.py", "runner.py"], 0)


@pytest.mark.parametrize(
    "record",
    [
        b"\x00garbage",
        b"[1, 2",
        b'{"format": 1}',
        b'{"format": 1, "version": "0", "roots": [], "files": {}}',
        "{format}",  # the right keys, a file's entry of the wrong shape
        "{format} {{}}",
    ],
)
def test_a_corrupt_or_foreign_word_cache_is_ignored_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: bytes | str
) -> None:
    tree = _settled_words_tree(tmp_path / "tree")
    cache = tmp_path / "cache"
    _screen(tree, cache, monkeypatch)
    (entry,) = (cache / "words").glob("*.json")
    if isinstance(record, str):
        good = json.loads(entry.read_bytes())
        name = str(tree / "runner.py")
        good["files"][name] = [1, 2] if record == "{format}" else {"size": 1}
        record = json.dumps(good).encode()
    entry.write_bytes(record)
    assert _screen(tree, cache, monkeypatch) == (["pools.py"], 3)
    assert _screen(tree, cache, monkeypatch) == (["pools.py"], 0)  # rewritten whole


def test_no_word_cache_without_a_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = _settled_words_tree(tmp_path / "tree")
    project = Project(Settings(no_cache=True))
    roots = project.finder.roots_for(tree / "pools.py")[0]
    assert [module.path.name for module in project.mentioning(roots, {"crunch"})] == ["pools.py"]
    assert not (tree / ".forksafe_cache").exists()


def test_the_word_cache_holds_the_files_words_not_a_live_buffers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _settled_words_tree(tmp_path / "tree")
    cache = tmp_path / "cache"
    buffer = "from pools import crunch\n\n\ndef go():\n    crunch()\n"  # runner.py, not saved
    project = Project(Settings(cache_dir=str(cache)))
    project.module(tree / "runner.py", live=collect(ast.parse(buffer)), text=buffer)
    roots = project.finder.roots_for(tree / "pools.py")[0]
    assert sorted(module.path.name for module in project.mentioning(roots, {"crunch"})) == [
        "pools.py",
        "runner.py",
    ]
    assert _screen(tree, cache, monkeypatch) == (["pools.py"], 0)  # the file on disk never did
