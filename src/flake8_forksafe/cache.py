"""The on-disk cache of module summaries, shared by flake8's --jobs workers and parallel runs,
and of whole `check` runs (RunCache, below).

One JSON entry per module file, named after the file's path. An entry is used only when its
plugin version, summary format, settings and the file's path, size and content hash all match
(mtime changes alone do not invalidate it: a `git checkout` that restores the same bytes keeps
the entry). Entries are written to a temporary file and renamed into place, so a reader sees a
whole entry or none. A corrupt, foreign or unreadable entry is ignored and rebuilt; a directory
that cannot be created or written means no disk cache, never an error.

The word sets of a project's files (WordCache, below) are kept the other way round: by each
file's size, mtime, ctime and inode, so that an unchanged file need not even be read.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from .store import CacheDirectory, code_version, content_hash, entry_name
from .summary import FORMAT, Summary

WORDS_FORMAT = 1  # of a word cache record


class SummaryCache:
    def __init__(self, disk: CacheDirectory, settings_key: str) -> None:
        self.directory = disk.path
        self.disk = disk
        self.settings_key = settings_key

    def _entry(self, path: Path) -> Path:
        name = entry_name(str(path))
        return self.directory / name[:2] / f"{name}.json"

    def load(self, path: Path, size: int, digest: str, partial: bool = False) -> tuple[Summary, bool] | None:
        """(the cached summary, whether it is partial): a partial one (Summary.of_imports) only
        when `partial` is allowed."""
        try:
            with self._entry(path).open("rb") as handle:
                record = json.load(handle)
            if (
                record.get("format") != FORMAT
                or record.get("version") != code_version()
                or record.get("settings") != self.settings_key
                or record.get("path") != str(path)
                or record.get("size") != size
                or record.get("hash") != digest
                or (record.get("partial") is not False and not partial)
            ):
                return None
            return Summary.from_json(record["summary"]), record["partial"] is True
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # missing, torn by an older writer, corrupt or foreign: rebuild it

    def store(
        self, path: Path, size: int, mtime_ns: int, digest: str, summary: Summary, partial: bool = False
    ) -> None:
        record = {
            "format": FORMAT,
            "version": code_version(),
            "settings": self.settings_key,
            "path": str(path),
            "size": size,
            "mtime_ns": mtime_ns,
            "hash": digest,
            "partial": partial,
            "summary": summary.to_json(),
        }
        self.disk.write(self._entry(path), record)


class Output(NamedTuple):
    stdout: str
    stderr: str
    status: int


class RunCache:
    """The output of a whole `check` run, printed again when nothing it depends on has changed.

    The entry is named after what the output depends on besides files (the plugin's version, the
    Python that reads the code, the working directory, every option) and holds the files checked,
    which must match too. It holds the content hash of every file the run read (the checked files, the
    project modules, pyproject.toml) and the listing digest of each project's directories (a new
    module can change what an import means); all of them are compared before the output is used.
    """

    def __init__(self, summaries: SummaryCache, invocation: str, paths: str) -> None:
        self.summaries = summaries  # the directory, prepared the same way
        self.run_key = f"{invocation}\n{paths}"
        self.entry = summaries.directory / "runs" / f"{entry_name(invocation)}.json"

    def load(self, roots: set[tuple[Path, ...]], listing: Callable[[tuple[Path, ...]], str]) -> Output | None:
        """The stored output, if the checked files' roots were all walked, every listing has its
        digest and every input its content hash."""
        try:
            record = json.loads(self.entry.read_bytes())
            if record.get("format") != FORMAT or record.get("key") != self.run_key:
                return None
            listings = {tuple(Path(root) for root in walked): digest for walked, digest in record["listings"]}
            if not roots <= listings.keys():
                return None  # a marker or package came or went: the files belong to other roots
            if any(listing(walked) != digest for walked, digest in listings.items()):
                return None
            for path, digest in record["inputs"]:
                if content_hash(Path(path).read_bytes()) != digest:
                    return None
            return Output(str(record["stdout"]), str(record["stderr"]), int(record["status"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None  # missing, changed, corrupt or foreign: run again

    def store(self, inputs: dict[Path, str], listings: dict[tuple[Path, ...], str], output: Output) -> None:
        record = {
            "format": FORMAT,
            "key": self.run_key,
            "inputs": [[str(path), digest] for path, digest in sorted(inputs.items())],
            "listings": [[[str(root) for root in roots], digest] for roots, digest in listings.items()],
            "stdout": output.stdout,
            "stderr": output.stderr,
            "status": output.status,
        }
        self.summaries.disk.write(self.entry, record)


class FileWords(NamedTuple):
    """What project.py's word screen needs of one file, and the stat it had before it was read."""

    signature: tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
    digest: str  # content hash: `check`'s RunCache records it for every file screened
    words: bytes  # its words, each once, separated by spaces (a word holds none)


class WordCache:
    """The word sets of every file under one set of search roots, between runs.

    An entry stands while its file's size, mtime, ctime and inode are those taken just before it
    was read: any write sets the ctime to the time of the write, which no program can set back.
    The caller keeps only files last changed longer ago than finder.RACY_NS (a later write within
    the same clock tick would leave the times as they were). One record per set of roots; each
    file's words are one string (a list of words or of word numbers costs json.loads two to ten
    times as much), which the substring screen searches as it would the file, and which is split
    into a word set only for a file that passes it.
    """

    def __init__(self, disk: CacheDirectory, roots: tuple[Path, ...]) -> None:
        self.disk = disk
        self.roots = [str(root) for root in roots]
        self.entry = disk.path / "words" / f"{entry_name(chr(0).join(self.roots))}.json"

    def load(self) -> dict[str, FileWords]:
        """Every file's entry, or none at all when the record is missing, corrupt or foreign."""
        try:
            record = json.loads(self.entry.read_bytes())
            if (
                record.get("format") != WORDS_FORMAT
                or record.get("version") != code_version()
                or record.get("roots") != self.roots
            ):
                return {}
            return {
                str(name): FileWords(
                    (int(size), int(mtime_ns), int(ctime_ns), int(inode)),
                    str(digest),
                    str(words).encode("latin-1"),  # one character per byte, both ways
                )
                for name, (size, mtime_ns, ctime_ns, inode, digest, words) in record["files"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return {}  # missing, torn by an older writer, corrupt or foreign: read the files

    def store(self, entries: dict[str, FileWords]) -> None:
        files = {
            name: [*entry.signature, entry.digest, entry.words.decode("latin-1")]
            for name, entry in entries.items()
        }
        record = {"format": WORDS_FORMAT, "version": code_version(), "roots": self.roots, "files": files}
        self.disk.write(self.entry, record)
