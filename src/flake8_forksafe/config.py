"""[tool.flake8-forksafe] in pyproject.toml: the same settings as the --forksafe-* options.

```toml
[tool.flake8-forksafe]
extra-thread-starters = ["sentry_sdk.init", "grpc.insecure_channel"]  # or one comma-separated string
extra-lock-factories = "mylib.sync.make_lock"
target-python = "3.10"
exclude = ["generated", "legacy/*.py"]
```
Values go through the same parsers as the command-line options (settings.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.9 and 3.10
    import tomli as tomllib

from .settings import python_version, qualified_names

TABLE = "flake8-forksafe"
KEYS = ("extra-thread-starters", "extra-lock-factories", "target-python", "exclude")


class ConfigError(Exception):
    pass


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml in `start` or its parents."""
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load(path: Path) -> dict[str, Any]:
    """The table's values, parsed: qualified-name sets, a version tuple, a list of patterns."""
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read it: {error}") from None
    table = document.get("tool", {}).get(TABLE, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.{TABLE}] must be a table")
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: [tool.{TABLE}] has an unknown key {key!r} (known: {', '.join(KEYS)})")
        try:
            values[key] = _parse(key, raw)
        except argparse.ArgumentTypeError as error:
            raise ConfigError(f"{path}: [tool.{TABLE}] {key}: {error}") from None
    return values


def _parse(key: str, raw: object) -> object:
    if key == "target-python":
        if not isinstance(raw, str):
            raise argparse.ArgumentTypeError(f'{raw!r} must be a string such as "3.10"')
        return python_version(raw)
    if isinstance(raw, str):
        items = [raw]
    elif isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        items = raw
    else:
        raise argparse.ArgumentTypeError(f"{raw!r} must be a string or a list of strings")
    if key == "exclude":
        return [pattern.strip() for item in items for pattern in item.split(",") if pattern.strip()]
    return qualified_names(",".join(items))
