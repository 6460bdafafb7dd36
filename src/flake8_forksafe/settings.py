"""The --forksafe-* settings, and the parsing of their values (shared by every front).

Each field of `Settings` has its option `--forksafe-<field, dashes for underscores>`, defined
once, in `Plugin.add_options`; `Settings.from_options` reads a parsed option namespace, so a new
setting is a field here and an option there, and every front (flake8, the command) has it.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, fields
from typing import Any

_QUALNAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$")
_VERSION = re.compile(r"^(\d+)\.(\d+)$")
# The oldest Python the rules cover: what the catalog and the start-method defaults describe.
OLDEST_PYTHON = (3, 9)


@dataclass(frozen=True)
class Settings:
    extra_thread_starters: frozenset[str] = frozenset()
    extra_lock_factories: frozenset[str] = frozenset()
    target_python: tuple[int, int] = OLDEST_PYTHON

    @classmethod
    def from_options(cls, options: Any) -> Settings:
        """The settings in a namespace parsed with the plugin's options (`options.forksafe_<field>`)."""
        values = {
            field.name: getattr(options, f"forksafe_{field.name}")
            for field in fields(cls)
            if hasattr(options, f"forksafe_{field.name}")
        }
        return cls(**values)


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
