"""Reading and writing Python source files for the command line (flake8 reads them for the plugin).

Decoding follows Python's own rules (a PEP 263 coding cookie, a UTF-8 BOM, else UTF-8), the
way `tokenize.open` does, but line endings are kept as they are so that a fixed file differs
from the original only where it was fixed. Kept apart from the rest so it can be merged with
the project's other source-reading code.
"""

from __future__ import annotations

import ast
import io
import os
import stat
import tokenize
import warnings
from dataclasses import dataclass
from pathlib import Path

# A file bigger than this is not a source file anybody means to lint.
MAX_BYTES = 32 * 1024 * 1024


class SourceError(Exception):
    """A file that cannot be read, decoded or parsed; the message says why."""


@dataclass(frozen=True)
class Source:
    text: str
    encoding: str  # "utf-8-sig" when the file starts with a BOM

    @property
    def lines(self) -> list[str]:
        """Physical lines with their own line endings (\\n, \\r\\n or \\r), as flake8 splits them."""
        return io.StringIO(self.text, newline="").readlines()


def read(path: Path) -> Source:
    """The decoded source of a regular file; raises SourceError."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not a regular file")
        if info.st_size > MAX_BYTES:
            raise SourceError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(error.strerror or str(error)) from None
    return decode(data)


def decode(data: bytes) -> Source:
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return Source(data.decode(encoding), encoding)
    except (SyntaxError, UnicodeError, LookupError) as error:
        raise SourceError(f"cannot decode it: {error}") from None


def write(path: Path, source: Source) -> None:
    """Replaces the file's contents, in its own encoding, keeping its permission bits."""
    data = source.text.encode(source.encoding)
    path = path.resolve()  # through a symlink, so that the link stays a link
    temporary = path.with_name(f".{path.name}.forksafe-tmp")
    try:
        temporary.write_bytes(data)
        os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise SourceError(f"cannot write it: {error.strerror or error}") from None


def parse(text: str, feature_version: tuple[int, int] | None = None) -> ast.Module:
    """`ast.parse`, with every way it fails on hostile input turned into SourceError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like
            return ast.parse(text, feature_version=feature_version)
    except SyntaxError as error:
        where = f"line {error.lineno}: " if error.lineno else ""
        raise SourceError(f"syntax error: {where}{error.msg}") from None
    except (ValueError, RecursionError, MemoryError) as error:
        raise SourceError(f"Python cannot parse it ({type(error).__name__}: {error})") from None
