"""The cache directory on disk, shared by every kind of entry (cache.py's summaries and runs,
results.py's findings): where it is, its CACHEDIR.TAG and .gitignore, atomic JSON writes.

Light on purpose (no analysis imports): the plugin looks for known findings before it imports
the analysis.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ._version import VERSION

TAG = """Signature: 8a477f597d28d172789f06886806bc55
# This file is a cache directory tag created by flake8-forksafe.
# For information about cache directory tags see https://bford.info/cachedir/
"""


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def default_directory(marker_dir: Path | None) -> Path:
    """`.forksafe_cache/` beside the project's marker, else the user's cache directory."""
    if marker_dir is not None:
        return marker_dir / ".forksafe_cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "flake8-forksafe"


PACKAGE = os.path.dirname(os.path.abspath(__file__))


@functools.cache
def code_version(package: str = PACKAGE) -> str:
    """The plugin's version and a digest of its own modules (name, size, mtime): every entry is
    keyed by it, so that a plugin rebuilt or edited under the same version number never reads
    what an older one wrote."""
    try:
        with os.scandir(package) as listing:
            modules = sorted((e for e in listing if e.name.endswith(".py")), key=lambda e: e.name)
        stats = [(module.name, module.stat()) for module in modules]
        signature = "\n".join(f"{name}\0{status.st_size}\0{status.st_mtime_ns}" for name, status in stats)
    except OSError:
        signature = ""  # a zip or an unreadable directory: the version alone
    return f"{VERSION}+{content_hash(signature.encode('utf-8', 'surrogateescape'))[:16]}"


def entry_name(key: str) -> str:
    """A file name for an entry's key (a path, a command line): 32 hex digits."""
    return hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


class CacheDirectory:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready: bool | None = None  # None: not tried yet; False: not writable, read only

    def prepare(self) -> bool:
        """Creates the directory with its CACHEDIR.TAG and a .gitignore of `*`, once."""
        if self._ready is None:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
                for name, text in (("CACHEDIR.TAG", TAG), (".gitignore", "*\n")):
                    marker = self.path / name
                    if not marker.exists():
                        marker.write_text(text, encoding="utf-8")
                self._ready = os.access(self.path, os.W_OK)
            except OSError:
                self._ready = False
        return self._ready

    def write(self, entry: Path, record: dict[str, Any]) -> None:
        """Writes `record` to `entry` whole or not at all; a disk that refuses (full, read-only,
        permissions) turns the cache off for the rest of the process, never an error."""
        if not self.prepare():
            return
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                    # dumps, not dump: only dumps uses the C encoder (dump writes chunk by chunk)
                    handle.write(json.dumps(record, separators=(",", ":")))
                os.replace(temporary, entry)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            self._ready = False
