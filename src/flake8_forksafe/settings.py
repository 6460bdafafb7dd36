"""The three --forksafe-* settings, and the parsing of their values (shared by every front)."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

_QUALNAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$")
_VERSION = re.compile(r"^3\.(\d+)$")


@dataclass(frozen=True)
class Settings:
    extra_thread_starters: frozenset[str] = frozenset()
    extra_lock_factories: frozenset[str] = frozenset()
    target_python: tuple[int, int] = (3, 9)


def qualified_names(value: str) -> frozenset[str]:
    """`sentry_sdk.init, grpc.insecure_channel` -> the names; raises ArgumentTypeError."""
    names = [name.strip() for name in re.split(r"[,\s]+", value) if name.strip()]
    for name in names:
        if not _QUALNAME.match(name):
            raise argparse.ArgumentTypeError(
                f"{name!r} is not a qualified name such as sentry_sdk.init (module, dot, name)"
            )
    return frozenset(names)


def python_version(value: str) -> tuple[int, int]:
    """`3.9` -> (3, 9); raises ArgumentTypeError for anything else."""
    match = _VERSION.match(value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a Python version such as 3.9 or 3.14")
    return (3, int(match.group(1)))
