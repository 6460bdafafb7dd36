"""Findings of a module checked before, given again while nothing they depend on has changed.

One JSON entry per checked file (and settings), in the summary cache's directory. It is used
only when the plugin's version, the Python, the settings, the module's own text (flake8's
lines: a file, stdin or an editor's buffer) and the state of its project (finder.State: the
listing, and every .py and marker file's size, mtime, ctime and inode) all match. Then the
plugin answers without importing the analysis, which is most of a one-file lint's cost. Any
change anywhere in the project sends every file through the analysis again (which reads the
other modules' summaries from cache.py, keyed by content).

Nothing is stored when the state was taken too soon after a change to tell a later one
(finder.RACY_NS), nor when the analysis read a file outside the state's roots.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

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
        self._directories: dict[Path, CacheDirectory] = {}
        self._watching: dict[tuple[Path, ...], tuple[int, bool]] = {}  # roots -> (files checked, all inside)
        fields = {
            name: sorted(value) if isinstance(value, frozenset) else value  # repr: hash order
            for name, value in settings._asdict().items()
        }
        self._key = json.dumps([code_version(), sys.version, fields])

    def _entry(self, path: Path) -> tuple[CacheDirectory, Path] | None:
        where = self.finder.cache_directory(path.parent)
        if where is None:
            return None
        directory = self._directories.get(where)
        if directory is None:
            directory = self._directories[where] = CacheDirectory(where)
        name = entry_name(f"{path}\0{self._key}")
        return directory, where / "findings" / name[:2] / f"{name}.json"

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
        state = self._state(path)  # taken before the analysis reads any file (see `store`)
        try:
            record = json.loads(where[1].read_bytes())
            if (
                record.get("format") != FORMAT
                or record.get("key") != self._key
                or record.get("path") != str(path)
                or record.get("text") != content_hash(text.encode("utf-8", "surrogatepass"))
                or record.get("state") != state.digest
            ):
                return None
            return [Known(int(line), int(col), str(message)) for line, col, message in record["findings"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # missing, changed, corrupt or foreign: check the module again

    def store(self, path: Path, text: str, findings: Sequence[Known], files_read: Sequence[Path]) -> None:
        """Keeps the findings, when the state proves something and covers every file read.

        The state is the one `load` took, before the analysis: a file changed since then makes
        the next run's state differ from the one stored."""
        where = self._entry(path)
        if where is None:
            return
        state = self._state(path)
        if not state.settled:
            return
        if self.settings.scope != "module" and not self._watched(path, files_read):
            return  # a file the state does not watch
        record = {
            "format": FORMAT,
            "key": self._key,
            "path": str(path),
            "text": content_hash(text.encode("utf-8", "surrogatepass")),
            "state": state.digest,
            "findings": [list(finding) for finding in findings],
        }
        where[0].write(where[1], record)

    def _watched(self, path: Path, files_read: Sequence[Path]) -> bool:
        """Whether the state of `path`'s project holds every file read so far (a module found
        in a directory the walk skips, `build/` or `.venv/`, is read but not watched);
        `files_read` only grows, so each file is looked at once per set of roots."""
        roots = self.finder.search_roots(self.finder.roots_for(path)[0])
        checked, inside = self._watching.get(roots, (0, True))
        if inside:
            watched = self.finder.state(roots).files
            inside = all(str(read) in watched for read in files_read[checked:])
        self._watching[roots] = (len(files_read), inside)
        return inside
