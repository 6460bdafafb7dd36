"""[tool.flake8-forksafe] in pyproject.toml: the plugin's options, for the command only.

```toml
[tool.flake8-forksafe]
extra-thread-starters = ["sentry_sdk.init", "grpc.insecure_channel"]  # or one comma-separated string
extra-lock-factories = "mylib.sync.make_lock"
target-python = "3.10"
exclude = ["generated", "legacy/*.py"]
```
A key is an option of the plugin without `--forksafe-` (whatever `Plugin.add_options` registers),
or `exclude` (patterns added to flake8's `exclude` and `extend-exclude`). Values go through
the option's own type function. flake8 does not read pyproject.toml; options.py puts flake8's
configuration above it, so that the command and flake8 agree where both set an option.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib as tomllib  # re-exported: project.py reads pyproject.toml with it too
else:  # pragma: no cover - exercised on 3.9 and 3.10
    import tomli as tomllib

from flake8.utils import normalize_paths

TABLE = "flake8-forksafe"
OPTION_PREFIX = "--forksafe-"
EXCLUDE = "pyproject_exclude"  # added to flake8's exclude and extend-exclude


class ConfigError(Exception):
    pass


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml in `start` (default: the current directory) or its parents."""
    start = Path.cwd() if start is None else start
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load(path: str | Path, options: Sequence[Any]) -> dict[str, Any]:
    """The table's values by option destination, parsed by the options (flake8 `Option`s) they set."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read it: {error}") from None
    table = document.get("tool", {}).get(TABLE, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.{TABLE}] must be a table")
    by_key = {
        option.long_option_name[len(OPTION_PREFIX) :]: option
        for option in options
        if option.long_option_name.startswith(OPTION_PREFIX)
    }
    values: dict[str, Any] = {}
    for key, raw in table.items():
        where = f"{path}: [tool.{TABLE}] {key}"
        try:
            if key == "exclude":
                patterns = _strings(raw).split(",")
                base = str(path.parent.resolve())
                values[EXCLUDE] = normalize_paths([p.strip() for p in patterns if p.strip()], base)
            elif key in by_key:
                values[dest(by_key[key])] = _parse(by_key[key], raw, str(path.parent.resolve()))
            else:
                known = ", ".join([*sorted(by_key), "exclude"])
                raise ConfigError(f"{path}: [tool.{TABLE}] has an unknown key {key!r} (known: {known})")
        except (argparse.ArgumentTypeError, ValueError, TypeError) as error:
            raise ConfigError(f"{where}: {error}") from None
    return values


def dest(option: Any) -> str:
    """Where argparse stores a flake8 `Option`'s value."""
    if isinstance(option.dest, str):
        return option.dest
    return str(option.long_option_name[2:].replace("-", "_"))


def _parse(option: Any, raw: object, base: str) -> object:
    if option.action in ("store_true", "store_false"):
        if not isinstance(raw, bool):
            raise argparse.ArgumentTypeError(f"{raw!r} must be true or false")
        return raw
    value = _strings(raw)
    if option.normalize_paths or option.comma_separated_list:
        return option.normalize(value, base)  # paths relative to the pyproject.toml, as flake8's to its file
    return option.type(value) if callable(option.type) else value


def _strings(raw: object) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return ",".join(raw)
    raise argparse.ArgumentTypeError(f"{raw!r} must be a string or a list of strings")
