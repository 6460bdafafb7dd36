"""The --forksafe-* settings, and the parsing of their values (shared by every front)."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

_QUALNAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$")
_MODULE = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:[A-Za-z_]\w*(\.[A-Za-z_]\w*)*)?$")
_VERSION = re.compile(r"^3\.(\d+)$")
SCOPES = ("module", "project", "program")


@dataclass(frozen=True)
class Settings:
    extra_thread_starters: frozenset[str] = frozenset()
    extra_lock_factories: frozenset[str] = frozenset()
    target_python: tuple[int, int] = (3, 9)
    scope: str = "program"
    source_roots: tuple[str, ...] = ()  # absolute directories
    entry_points: tuple[str, ...] = ()  # `pkg.cli` or `pkg.cli:main`
    cache_dir: str = ""  # "" for the default (beside the project's marker)
    no_cache: bool = False

    def summary_key(self) -> str:
        """The settings a module summary depends on (part of every cache entry's key)."""
        return ",".join(sorted(self.extra_thread_starters)) + ";" + ",".join(sorted(self.extra_lock_factories))


def _items(value: str) -> list[str]:
    return [item.strip() for item in re.split(r"[,\s]+", value) if item.strip()]


def qualified_names(value: str) -> frozenset[str]:
    """`sentry_sdk.init, grpc.insecure_channel` -> the names; raises ArgumentTypeError."""
    names = _items(value)
    for name in names:
        if not _QUALNAME.match(name):
            raise argparse.ArgumentTypeError(
                f"{name!r} is not a qualified name such as sentry_sdk.init (module, dot, name)"
            )
    return frozenset(names)


def module_names(value: str) -> tuple[str, ...]:
    """`pkg.cli, tools.run:main` -> the entry points; raises ArgumentTypeError."""
    names = _items(value)
    for name in names:
        if not _MODULE.match(name):
            raise argparse.ArgumentTypeError(f"{name!r} is not a module name such as pkg.cli or pkg.cli:main")
    return tuple(dict.fromkeys(names))


def directories(value: str) -> tuple[str, ...]:
    """`src, lib` -> the directories, as given (fronts make them absolute)."""
    return tuple(dict.fromkeys(item.strip() for item in value.split(",") if item.strip()))


def scope(value: str) -> str:
    if value.strip() not in SCOPES:
        raise argparse.ArgumentTypeError(f"{value!r} is not a scope: use one of {', '.join(SCOPES)}")
    return value.strip()


def python_version(value: str) -> tuple[int, int]:
    """`3.9` -> (3, 9); raises ArgumentTypeError for anything else."""
    match = _VERSION.match(value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a Python version such as 3.9 or 3.14")
    return (3, int(match.group(1)))
