"""Findings of a module checked before, given again while nothing they depend on has changed.

One JSON entry per checked file (and settings), in the summary cache's directory. It is used
only when the plugin's code, the Python, the settings, the module's own text (flake8's lines:
a file, stdin or an editor's buffer) and the state of its project (finder.State: the listing,
and every .py and marker file's size, mtime, ctime and inode), and of the project of every
other file the analysis read, all match. Then the plugin answers without importing the
analysis, which is most of a one-file lint's cost. Any change anywhere in those projects sends
the file through the analysis again (which reads the other modules' summaries from cache.py,
keyed by content).

Nothing is stored when a state was taken too soon after a change to tell a later one
(finder.RACY_NS), nor when the analysis read a file no state holds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from .finder import Finder, State
from .settings import Settings
from .store import CacheDirectory, code_version, content_hash, entry_name

FORMAT = 1  # of an entry; a new one ignores the old entries


class Known(NamedTuple):
    """A finding as flake8 takes it."""

    line: int
    col: int
    text: str  # `FRK001 ProcessPoolExecutor() uses ...`


class ResultCache:
    def __init__(self, settings: Settings, finder: Finder) -> None:
        self.settings = settings
        self.finder = finder
        finder.watching = settings.scope != "module"
        self._read_states: dict[tuple[Path, ...], State] | None = {}  # see _read_from
        self._read_checked = 0
        fields = {
            name: sorted(value) if isinstance(value, frozenset) else value  # repr: hash order
            for name, value in settings._asdict().items()
        }
        self._key = json.dumps([code_version(), sys.version, fields])

    def _entry(self, path: Path) -> tuple[CacheDirectory, Path] | None:
        directory = self.finder.cache_directory(path.parent)
        if directory is None:
            return None
        name = entry_name(f"{path}\0{self._key}")
        return directory, directory.path / "findings" / name[:2] / f"{name}.json"

    def _state(self, path: Path) -> State:
        """The project's state; none needed when the module is judged alone."""
        if self.settings.scope == "module":
            return State("", True, frozenset())
        return self.finder.state(self.finder.roots_for(path)[0])

    def load(self, path: Path, text: str) -> list[Known] | None:
        """The findings stored for this text of the module at `path`, if nothing changed since."""
        where = self._entry(path)
        if where is None:
            return None
        self._state(path)  # taken before the analysis reads any file (see `store`)
        try:
            record = json.loads(where[1].read_bytes())
            if (
                record.get("format") != FORMAT
                or record.get("key") != self._key
                or record.get("path") != str(path)
                or record.get("text") != content_hash(text.encode("utf-8", "surrogatepass"))
                or not self._unchanged(record["states"])
            ):
                return None
            return [Known(int(line), int(col), str(message)) for line, col, message in record["findings"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # missing, changed, corrupt or foreign: check the module again

    def store(self, path: Path, text: str, findings: Sequence[Known], files_read: Sequence[Path]) -> None:
        """Keeps the findings with the state of every project they depend on: the module's own
        and that of each file read in this process (a superset: answers are memoised across
        files), when each state proves something and holds the files read in it.

        Every state was taken before any of its files was read (`load`, and
        `Finder.before_reading`): a file changed since makes the next run's state differ."""
        where = self._entry(path)
        if where is None:
            return
        states: dict[tuple[Path, ...], State] = {}  # a module judged alone depends on nothing else
        if self.settings.scope != "module":
            read_from = self._read_from(files_read)
            if read_from is None:
                return  # a file no state watches
            roots = self.finder.search_roots(self.finder.roots_for(path)[0])
            states = {**read_from, roots: self._state(path)}
        if not all(state.settled for state in states.values()):
            return
        record = {
            "format": FORMAT,
            "key": self._key,
            "path": str(path),
            "text": content_hash(text.encode("utf-8", "surrogatepass")),
            "states": sorted(
                [[str(root) for root in roots], state.digest] for roots, state in states.items()
            ),
            "findings": [list(finding) for finding in findings],
        }
        where[0].write(where[1], record)

    def _unchanged(self, states: list[list[Any]]) -> bool:
        if self.settings.scope == "module":
            return states == []
        return bool(states) and all(
            self.finder.state(tuple(Path(root) for root in roots)).digest == digest
            for roots, digest in states
        )

    def _read_from(self, files_read: Sequence[Path]) -> dict[tuple[Path, ...], State] | None:
        """The states holding every file read so far, None if one lies in none (a module an
        import finds under build/ or .venv/, which walks skip); `files_read` only grows, so
        each file is looked at once."""
        if self._read_states is not None:
            for read in files_read[self._read_checked :]:
                taken = self.finder.taken(read)
                if taken is None or str(read) not in taken[1].files:
                    self._read_states = None
                    break
                self._read_states[taken[0]] = taken[1]
        self._read_checked = len(files_read)
        return self._read_states
