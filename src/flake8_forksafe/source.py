"""Reading, parsing and checking source that did not come through flake8.

flake8 decodes the file and parses it with `ast` before the plugin sees it. Any other front
(the standalone command, the fixer, an editor integration) uses this module, which does the
same with the same guards: PEP 263 decoding (BOM, coding cookie), `ast.parse` without ever
compiling or running the code, and no exception but `UnreadableSource` for input that is not
Python. Line endings are kept as they are, so a fixed file differs only where it was fixed.
"""

from __future__ import annotations

import ast
import io
import os
import stat
import sys
import tokenize
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .engine import Checker
    from .judge import Finding

# CPython 3.9 and 3.10 build the `ast` of a long operator chain by C recursion without a check:
# a 150,000-term `a + a + ... + a` (600 kB) overflows the stack in `ast.parse` itself (a
# segfault, measured on 3.9.18 and 3.10.13; 100,000 terms parse). 3.11+ raise RecursionError.
# Commas do not nest, so a long flat list display is not counted; `;` ends a statement.
MAX_OPERATORS_PER_STATEMENT_BEFORE_311 = 100_000
# A file bigger than this is not a source file anybody means to lint.
MAX_BYTES = 32 * 1024 * 1024


class UnreadableSource(Exception):
    """The input is not Python that `ast` can read: a syntax or encoding error, or too deep."""

    def __init__(self, reason: str, line: int = 1, col: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.col = col


class Source(NamedTuple):
    text: str
    encoding: str  # "utf-8-sig" when the file starts with a BOM

    @property
    def lines(self) -> list[str]:
        """Physical lines with their own line endings (\\n, \\r\\n or \\r)."""
        return io.StringIO(self.text, newline="").readlines()


def decode_source(data: bytes) -> Source:
    """The text of a Python file and its encoding, as PEP 263 says (UTF-8 by default, BOM, cookie)."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return Source(data.decode(encoding), encoding)
    except (SyntaxError, LookupError, UnicodeError) as error:
        raise UnreadableSource(f"cannot decode it: {error}") from None


def decode(data: bytes) -> str:
    return decode_source(data).text


def read_source(path: Path) -> Source:
    """The decoded source of a regular file; raises UnreadableSource."""
    return decode_source(read_source_bytes(path))


def read_source_bytes(path: Path) -> bytes:
    """The bytes of a regular file no bigger than MAX_BYTES; raises UnreadableSource."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableSource("not a regular file")
        if info.st_size > MAX_BYTES:
            raise UnreadableSource(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
        return path.read_bytes()
    except OSError as error:
        raise UnreadableSource(error.strerror or str(error)) from None


def write_source(path: Path, source: Source) -> None:
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
        raise UnreadableSource(f"cannot write it: {error.strerror or error}") from None


def parse(text: str) -> ast.Module:
    """`ast.parse`, guarded: only `UnreadableSource` escapes; nothing is compiled or run."""
    if sys.version_info < (3, 11):
        _refuse_statements_too_long_for_ast(text)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning for `"\d"` and friends
            return ast.parse(text)
    except SyntaxError as error:
        raise UnreadableSource(
            f"syntax error: line {error.lineno or 1}: {error.msg}",
            error.lineno or 1,
            max((error.offset or 1) - 1, 0),
        ) from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as error:
        # ValueError: NUL bytes before 3.12; RecursionError / MemoryError: too deep for `ast`.
        raise UnreadableSource(f"`ast` cannot read it ({type(error).__name__}: {error})") from None


def check_source(source: bytes | str, checker: Checker, filename: str = "stdin") -> list[Finding]:
    """The findings for one module's source; raises only `UnreadableSource`."""
    text = decode(source) if isinstance(source, bytes) else source
    if not checker.may_have_findings(text, filename):
        return []  # not parsed: the text rules out any finding (and FRK000 is only for those that may)
    tree = parse(text)
    lines = io.StringIO(text, newline=None).readlines()  # as flake8 reads them: \r\n and \r end lines
    return checker.check(tree, lines, filename)


def _refuse_statements_too_long_for_ast(text: str) -> None:
    operators = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER) or token.string == ";":
                operators = 0
            elif token.type == tokenize.OP and token.string != ",":
                operators += 1
                if operators > MAX_OPERATORS_PER_STATEMENT_BEFORE_311:
                    raise UnreadableSource(
                        f"a statement has more than {MAX_OPERATORS_PER_STATEMENT_BEFORE_311} operators, "
                        f"more than `ast` on Python {sys.version_info[0]}.{sys.version_info[1]} reads safely",
                        token.start[0],
                    )
    except (tokenize.TokenError, SyntaxError):
        return  # `ast.parse` reports the error properly
