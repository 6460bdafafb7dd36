"""The finder's cached walk: a stat per directory stands in for listing it, while that proves
nothing came or went."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from flake8_forksafe import finder, store
from flake8_forksafe._version import VERSION
from flake8_forksafe.finder import RACY_NS, Finder


def settle() -> None:
    """Waits until the files just written are older than the window in which a state proves nothing."""
    time.sleep(RACY_NS / 1e9 + 0.2)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "app/__init__.py", "app/core.py", "app/sub/__init__.py", "app/sub/x.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    return tmp_path


@pytest.fixture
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


def listed(tree: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], str, int]:
    """(the files a fresh finder sees, its listing digest, how many times it walked the disk)."""
    walks: list[str] = []
    walk = finder._walk

    def counted(root: str, signed: bool = False) -> finder.Walk:
        walks.append(root)
        return walk(root, signed)

    monkeypatch.setattr(finder, "_walk", counted)
    found = Finder(cache_dir=str(cache), no_cache=False)
    files = [str(path.relative_to(tree)) for path in found.files((tree,))]
    return files, found.listing((tree,)), len(walks)


def test_an_unchanged_tree_is_not_listed_again(
    tree: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle()
    first = listed(tree, cache, monkeypatch)
    assert first[0] == ["app/__init__.py", "app/core.py", "app/sub/__init__.py", "app/sub/x.py"]
    assert first[2] == 1 and list((cache / "walks").glob("*.json"))
    assert listed(tree, cache, monkeypatch) == (*first[:2], 0)


@pytest.mark.parametrize("change", ["new module", "new package", "removed", "renamed", "marker"])
def test_every_change_to_what_is_there_is_seen(
    change: str, tree: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle()
    before = listed(tree, cache, monkeypatch)
    sub = tree / "app" / "sub"
    if change == "new module":
        (sub / "y.py").write_text("")
    elif change == "new package":
        (sub / "deeper").mkdir()
        (sub / "deeper" / "__init__.py").write_text("")
    elif change == "removed":
        (sub / "x.py").unlink()
    elif change == "renamed":
        os.rename(sub / "x.py", sub / "z.py")
    else:
        (sub / "setup.cfg").write_text("")
    after = listed(tree, cache, monkeypatch)
    assert after[2] == 1 and after[1] != before[1]
    assert listed(tree, cache, monkeypatch)[:2] == after[:2]  # too recent to keep: walked again, same answer


def test_a_corrupt_or_foreign_walk_entry_is_ignored(
    tree: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle()
    first = listed(tree, cache, monkeypatch)
    (entry,) = (cache / "walks").glob("*.json")
    foreign = {"format": finder.WALK_FORMAT, "version": store.code_version(), "root": str(tree), "walk": [1]}
    for garbage in ("{", json.dumps(foreign), "[]"):
        entry.write_text(garbage)
        assert listed(tree, cache, monkeypatch) == (*first[:2], 1)


def test_a_tree_changed_just_now_keeps_no_walk(
    tree: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert listed(tree, cache, monkeypatch)[2] == 1
    assert not (cache / "walks").exists()
    shutil.rmtree(cache)
    assert listed(tree, cache, monkeypatch)[2] == 1


@pytest.mark.parametrize(
    ("outer", "inner", "walked"),
    [
        ("/p", "/p", True),
        ("/p", "/p/src", True),
        ("/p", "/p/tests/unit", True),
        ("/p", "/p/build/lib", False),  # the walk skips build/
        ("/p", "/p/.tox/py/lib", False),
        ("/p", "/pkg", False),  # a shared prefix is not a parent
        ("/p/src", "/p", False),
        ("/", "/p/src", True),
    ],
)
def test_a_root_inside_another_is_walked_from_it_unless_a_skipped_directory_lies_between(
    outer: str, inner: str, walked: bool
) -> None:
    assert finder._walked_from(Path(outer), Path(inner)) is walked


def test_the_code_version_changes_with_the_plugin_code_under_the_same_version_number(tmp_path: Path) -> None:
    (tmp_path / "judge.py").write_text("FINDINGS = 1\n")
    (tmp_path / "notes.txt").write_text("")
    before = store.code_version(str(tmp_path))
    assert before.startswith(f"{VERSION}+")
    (tmp_path / "notes.txt").write_text("not code")
    assert store.code_version.__wrapped__(str(tmp_path)) == before
    (tmp_path / "judge.py").write_text("FINDINGS = 22\n")
    assert store.code_version.__wrapped__(str(tmp_path)) != before
