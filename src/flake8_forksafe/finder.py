"""Where a project's modules are: marker files, source roots, the files under them, and digests
of what is there.

Light on purpose (no analysis imports): the plugin asks it whether anything in the project
changed (`Finder.state`) before it imports the analysis. Every answer is memoised for the
process; a walk lists each directory once, and is cached (`walks/` in the cache directory)
with every directory's mtime, ctime and inode, which change whenever an entry comes or goes:
while they all hold, a stat per directory replaces the listing.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import NamedTuple

from .store import CacheDirectory, code_version, content_hash, default_directory, entry_name

MARKERS = ("pyproject.toml", "setup.cfg", "setup.py", ".git")
# Directories never searched for project modules (virtualenvs, caches, VCS data, builds).
SKIPPED_DIRECTORIES = frozenset({
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "env", ".env", "__pycache__", "node_modules",
    "site-packages", "dist-packages", "build", "dist", ".eggs", ".mypy_cache", ".pytest_cache",
    ".ruff_cache", ".forksafe_cache",
})  # fmt: skip
# A file changed less than this long before its state was taken may change again within the
# same timestamp (filesystems keep them to a clock tick, FAT to 2 s): its state proves nothing.
RACY_NS = 2_000_000_000
WALK_FORMAT = 1  # of a cached walk


class Walk(NamedTuple):
    files: list[str]  # the .py files, strings not Paths until asked: a tenth of the cost
    markers: list[str]  # marker files and directories
    digest: str  # of every directory, .py file and marker
    # [path, mtime, ctime, inode] of every directory listed, taken before it was listed (when
    # the walk is to be cached): a directory's times change whenever an entry comes or goes
    directories: list[list[str | int]]


class State(NamedTuple):
    """What a set of roots holds, as of one moment: equal states mean no file there changed."""

    digest: str  # of the listing and every file's size, times and inode
    settled: bool  # False when a file changed too recently to tell (RACY_NS)
    files: frozenset[str]  # the files whose stat it holds (not those under skipped directories)


def _signature(path: str) -> list[str | int]:
    status = os.stat(path)
    return [path, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]


def _walk(root: str, signed: bool = False) -> Walk:
    """The .py files and markers under one root, and a digest of every directory, .py file and
    marker there; `signed`: with the directories' signatures."""
    found: list[str] = []
    markers: list[str] = []
    listed: list[str] = []
    directories: list[list[str | int]] = []
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            if signed:
                directories.append(_signature(directory))
            # scandir: the entries' types come with the listing, no stat per entry
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        listed.append(directory)
        for entry in entries:
            if entry.name in MARKERS:
                listed.append(entry.path)
                markers.append(entry.path)
            if entry.name.startswith(".") or entry.name in SKIPPED_DIRECTORIES:
                continue
            try:
                if entry.name.endswith(".py") and entry.is_file():
                    found.append(entry.path)
                    listed.append(entry.path)
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
            except OSError:
                continue
    found.sort(key=_path_order)
    digest = content_hash("\0".join(listed).encode("utf-8", "surrogateescape"))
    return Walk(found, markers, digest, directories)


def _still(walk: Walk) -> bool:
    """Whether a cached walk still holds: every directory it listed has its signature."""
    try:
        return all(_signature(str(signed[0])) == signed for signed in walk.directories)
    except OSError:
        return False


def _walked_from(outer: Path, inner: Path) -> bool:
    """Whether walking `outer` finds every file under `inner`."""
    outer_name, inner_name = str(outer), str(inner)  # strings: pathlib's relative_to costs 10 times more
    if inner_name == outer_name:
        return True
    prefix = outer_name.rstrip(os.sep) + os.sep
    if not inner_name.startswith(prefix):
        return False
    between = inner_name[len(prefix) :].split(os.sep)
    return not any(part.startswith(".") or part in SKIPPED_DIRECTORIES for part in between)


def _path_order(path: str) -> list[str]:
    return path.split(os.sep)  # how Paths compare, without making them


def module_path(filename: str) -> Path:
    """The absolute path flake8's filename stands for (`stdin` and `-` stand for a file in cwd)."""
    if filename in ("-", "stdin", ""):
        filename = "stdin.py"
    return Path(os.path.abspath(filename))


class Finder:
    """The layout of every project the checked files belong to; one per process and settings."""

    def __init__(
        self, source_roots: tuple[str, ...] = (), cache_dir: str = "", no_cache: bool = True
    ) -> None:
        self.source_roots = tuple(Path(root) for root in source_roots)  # --forksafe-source-roots
        self._cache_dir = Path(cache_dir) if cache_dir else None  # --forksafe-cache-dir
        self._no_cache = no_cache
        self._cache_directories: dict[Path, CacheDirectory] = {}
        self._markers: dict[Path, Path | None] = {}
        self._roots: dict[Path, tuple[tuple[Path, ...], Path]] = {}  # directory -> (roots, package root)
        self._packages: dict[Path, bool] = {}  # directory -> whether it holds __init__.py
        self._directories: dict[Path, bool] = {}  # root -> whether it is a directory
        # One walk per root: files in a project's test directories have roots of their own (each
        # test package's top), and most of them share the marker's directory, the whole tree.
        self._walks: dict[Path, Walk] = {}
        self._search_roots: dict[tuple[Path, ...], tuple[Path, ...]] = {}
        self._files: dict[tuple[Path, ...], list[Path]] = {}
        self._listings: dict[tuple[Path, ...], str] = {}
        self._states: dict[tuple[Path, ...], State] = {}
        # results.py turns this on: a file's findings are kept only with the states of the
        # projects of every file read, each taken before the first of its files was read
        self.watching = False

    def marker(self, directory: Path) -> Path | None:
        """The nearest directory at or above `directory` holding a project marker file."""
        unknown: list[Path] = []  # the directories below the answer share it
        found: Path | None = None
        candidate = directory
        while True:
            if candidate in self._markers:
                found = self._markers[candidate]
                break
            unknown.append(candidate)
            if any(os.path.exists(os.path.join(candidate, marker)) for marker in MARKERS):
                found = candidate
                break
            if candidate.parent == candidate:
                break
            candidate = candidate.parent
        for candidate in unknown:
            self._markers[candidate] = found
        return found

    def roots_for(self, path: Path) -> tuple[tuple[Path, ...], Path]:
        """(source roots, the directory above the file's topmost package) for a module file."""
        directory = path.parent
        known = self._roots.get(directory)
        if known is not None:
            return known
        top = directory
        while self._is_package(top) and top.parent != top:
            top = top.parent
        roots = [top]
        marker = self.marker(directory)
        if marker is not None:
            roots += [marker, marker / "src"]
        roots += self.source_roots
        unique = tuple(dict.fromkeys(root for root in roots if self._is_directory(root)))
        self._roots[directory] = (unique or (top,), top)
        return self._roots[directory]

    def _is_package(self, directory: Path) -> bool:
        if directory not in self._packages:
            self._packages[directory] = os.path.isfile(os.path.join(directory, "__init__.py"))
        return self._packages[directory]

    def _is_directory(self, path: Path) -> bool:
        if path not in self._directories:
            self._directories[path] = os.path.isdir(path)
        return self._directories[path]

    def display(self, path: Path) -> str:
        """A module's path as messages show it: relative to the project (its marker), with /."""
        base = self.marker(path.parent) or self.roots_for(path)[1]
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            return path.as_posix()

    def search_roots(self, roots: tuple[Path, ...]) -> tuple[Path, ...]:
        """The roots whose walks find every file under `roots`: a root inside another is dropped,
        unless the walk skips a directory between them. Answers that depend only on which files
        are there (the listing, the child side, the names reaching a process start) are kept for
        these, so that the many test packages of a project share them."""
        if roots not in self._search_roots:
            self._search_roots[roots] = tuple(
                root
                for root in roots
                if not any(_walked_from(outer, root) for outer in roots if outer != root)
            )
        return self._search_roots[roots]

    def files(self, roots: tuple[Path, ...]) -> list[Path]:
        """Every .py file under the source roots, in a stable order (Path order)."""
        roots = self.search_roots(roots)
        if roots not in self._files:
            walks = [self._walked(root) for root in roots]
            names = (
                walks[0].files
                if len(walks) == 1
                else sorted({name for walk in walks for name in walk.files}, key=_path_order)
            )
            self._files[roots] = [Path(name) for name in names]
        return self._files[roots]

    def cache_directory(self, directory: Path) -> CacheDirectory | None:
        """The cache for the files in a directory: --forksafe-cache-dir, else beside their
        project's marker, else the user's cache directory; None with --forksafe-no-cache. One
        object per place, so that a refusing disk turns it off once for walks and findings."""
        if self._no_cache:
            return None
        where = self._cache_dir or default_directory(self.marker(directory))
        if where not in self._cache_directories:
            self._cache_directories[where] = CacheDirectory(where)
        return self._cache_directories[where]

    def _walked(self, root: Path) -> Walk:
        """A root's walk, from the cache (`walks/`) while every directory it listed is unchanged."""
        if root in self._walks:
            return self._walks[root]
        where = self.cache_directory(root)
        entry = where.path / "walks" / f"{entry_name(str(root))}.json" if where else None
        walk = None
        if entry is not None:
            with contextlib.suppress(
                OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError
            ):
                record = json.loads(entry.read_bytes())
                if (
                    record.get("format") == WALK_FORMAT
                    and record.get("version") == code_version()
                    and record.get("root") == str(root)
                ):
                    cached = Walk(*record["walk"])
                    walk = cached if _still(cached) else None
        if walk is None:
            start = time.time_ns()
            walk = _walk(str(root), signed=entry is not None)
            # a directory changed within the window may change again unseen: nothing to keep
            settled = all(max(int(s[1]), int(s[2])) < start - RACY_NS for s in walk.directories)
            if where is not None and entry is not None and settled:
                record = {
                    "format": WALK_FORMAT,
                    "version": code_version(),
                    "root": str(root),
                    "walk": list(walk),
                }
                where.write(entry, record)
        self._walks[root] = walk
        return walk

    def listing(self, roots: tuple[Path, ...]) -> str:
        """A digest of what lies under the roots: directories, .py files and marker files.

        A new module, package or marker can change what an import means, with no file changed.
        """
        roots = self.search_roots(roots)
        if roots not in self._listings:
            walks = [self._walked(root) for root in roots]
            self._listings[roots] = content_hash("\0".join(walk.digest for walk in walks).encode())
        return self._listings[roots]

    def listings(self) -> dict[tuple[Path, ...], str]:
        """The listing digest of every set of roots walked so far (each walk is used unchanged)."""
        return {roots: self.listing(roots) for roots in {*self._files, *self._listings}}

    def before_reading(self, path: Path) -> None:
        """Takes the state of the project `path` belongs to, if it is watched and not taken yet."""
        if self.watching:
            self.state(self.roots_for(path)[0])

    def taken(self, path: Path) -> tuple[tuple[Path, ...], State] | None:
        """(search roots, state) of the project `path` belongs to, if the state is taken."""
        roots = self.search_roots(self.roots_for(path)[0])
        state = self._states.get(roots)
        return None if state is None else (roots, state)

    def state(self, roots: tuple[Path, ...]) -> State:
        """The listing under the roots and the size, mtime, ctime and inode of every .py and
        marker file there (no file is read). Any write to a file changes its ctime, which no
        program can set back, so an equal state means nothing there changed. Taken once per
        process: a file that changes during the run makes the next run's state differ."""
        roots = self.search_roots(roots)
        if roots not in self._states:
            now = time.time_ns()
            settled = True
            signature: list[str] = [self.listing(roots)]
            watched: list[str] = []
            for root in roots:
                walk = self._walked(root)
                # .git only counts by being there (the listing): git changes it all the time
                watched += walk.files
                watched += (marker for marker in walk.markers if not marker.endswith(".git"))
            for name in watched:
                try:
                    status = os.stat(name)
                except OSError:
                    signature.append(f"{name}\0-")
                    continue
                settled = settled and max(status.st_mtime_ns, status.st_ctime_ns) < now - RACY_NS
                signature.append(
                    f"{name}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}\0{status.st_ino}"
                )
            digest = content_hash("\n".join(signature).encode("utf-8", "surrogateescape"))
            self._states[roots] = State(digest, settled, frozenset(watched))
        return self._states[roots]
