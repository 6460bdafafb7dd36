"""The --forksafe-* settings, and the parsing of their values (shared by every front).

Each field of `Settings` has its option `--forksafe-<field, dashes for underscores>`, defined
once, in `Plugin.add_options`; `Settings.from_options` reads a parsed option namespace, so a new
setting is a field here and an option there, and every front (flake8, the command) has it.
"""

from __future__ import annotations

import argparse
import re
from typing import Any, NamedTuple

_QUALNAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$")
_MODULE = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:[A-Za-z_]\w*(\.[A-Za-z_]\w*)*)?$")
_VERSION = re.compile(r"^(\d+)\.(\d+)$")
# The oldest Python the rules cover: what the catalog and the start-method defaults describe.
OLDEST_PYTHON = (3, 9)
SCOPES = ("module", "project", "program")


class Settings(NamedTuple):
    extra_thread_starters: frozenset[str] = frozenset()
    extra_lock_factories: frozenset[str] = frozenset()
    target_python: tuple[int, int] = OLDEST_PYTHON
    scope: str = "program"
    source_roots: tuple[str, ...] = ()  # absolute directories
    entry_points: tuple[str, ...] = ()  # `pkg.cli` or `pkg.cli:main`
    cache_dir: str = ""  # "" for the default (beside the project's marker)
    no_cache: bool = False

    @classmethod
    def from_options(cls, options: Any) -> Settings:
        """The settings in a namespace parsed with the plugin's options (`options.forksafe_<field>`)."""
        values = {
            name: getattr(options, f"forksafe_{name}")
            for name in cls._fields
            if hasattr(options, f"forksafe_{name}")
        }
        return cls(**values)

    def summary_key(self) -> str:
        """The settings a module summary depends on (part of every cache entry's key)."""
        return (
            ",".join(sorted(self.extra_thread_starters)) + ";" + ",".join(sorted(self.extra_lock_factories))
        )


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
    """`3.9` -> (3, 9); raises ArgumentTypeError for anything else, and for Pythons before 3.9."""
    match = _VERSION.match(value.strip())
    if not match or match.group(1) != "3":
        if match and (int(match.group(1)), int(match.group(2))) < OLDEST_PYTHON:
            raise argparse.ArgumentTypeError(_too_old(value))
        raise argparse.ArgumentTypeError(f"{value!r} is not a Python version such as 3.9 or 3.14")
    version = (3, int(match.group(2)))
    if version < OLDEST_PYTHON:
        raise argparse.ArgumentTypeError(_too_old(value))
    return version


def _too_old(value: str) -> str:
    oldest = ".".join(map(str, OLDEST_PYTHON))
    return (
        f"{value.strip()!r} is older than {oldest}: the oldest Python the checker's rules cover is {oldest}"
    )
