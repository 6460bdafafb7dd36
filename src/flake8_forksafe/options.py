"""The command's options and configuration: flake8's own, read by flake8's own code.

`flake8-forksafe check` and `fix` build flake8's option manager with flake8's default options
and the plugin's (`Plugin.add_options`, the one place they are defined) and offer the ones that
apply to them: every option the plugin registers, and flake8's selection, exclusion and `noqa`
options. Their values come, lowest first, from the options' defaults, `[tool.flake8-forksafe]`
in pyproject.toml (config.py), the `[flake8]` section flake8 finds (`setup.cfg`, `tox.ini`,
`.flake8`, read by `flake8.options.config`) and the command line. Strings go through the
options' own type functions, so a bad value is the same usage error flake8 gives.
"""

from __future__ import annotations

import argparse
import configparser
from collections.abc import Mapping, Sequence
from typing import Any

import flake8
from flake8.exceptions import ExecutionError
from flake8.main.options import register_default_options
from flake8.options.config import load_config, parse_config
from flake8.options.manager import OptionManager

from . import __version__, config
from .plugin import Plugin

PREFIX = "FRK"
# flake8's own options that decide which findings are shown for which files.
FLAKE8_OPTIONS = (
    "--select",
    "--extend-select",
    "--ignore",
    "--extend-ignore",
    "--per-file-ignores",
    "--exclude",
    "--extend-exclude",
    "--filename",
    "--stdin-display-name",
    "--disable-noqa",
    "--max-line-length",
)


class UsageError(Exception):
    pass


def option_manager() -> Any:
    """flake8's OptionManager with flake8's default options and the plugin's."""
    manager = OptionManager(
        version=flake8.__version__,
        plugin_versions=f"{Plugin.name}: {__version__}",
        parents=[],
        formatter_names=["default"],
    )
    register_default_options(manager)
    manager._current_group = manager.parser.add_argument_group(Plugin.name)  # as register_plugins does
    Plugin.add_options(manager)
    manager._current_group = None
    manager.extend_default_select([PREFIX])
    return manager


def offered(manager: Any, leave_out: Sequence[str] = ()) -> list[Any]:
    """The options the command offers: the plugin's, and flake8's FLAKE8_OPTIONS."""
    return [
        option
        for option in manager.options
        if isinstance(option.long_option_name, str)
        and option.long_option_name not in leave_out
        and (option.long_option_name in FLAKE8_OPTIONS or option.long_option_name.startswith("--forksafe-"))
    ]


def add_arguments(
    parser: argparse.ArgumentParser,
    manager: Any,
    leave_out: Sequence[str] = (),
    helps: Mapping[str, str] | None = None,
) -> None:
    """The offered options (with `helps` in place of flake8's help), and the configuration files'."""
    files = parser.add_argument_group("configuration files")
    files.add_argument(
        "--config",
        metavar="FILE",
        help="read flake8's configuration from this file only, as flake8 --config does "
        "(default: the setup.cfg, tox.ini or .flake8 flake8 finds, and pyproject.toml)",
    )
    files.add_argument(
        "--append-config",
        action="append",
        default=[],
        metavar="FILE",
        help="read this flake8 configuration file too, after the others (repeatable)",
    )
    files.add_argument(
        "--pyproject",
        metavar="FILE",
        help="read [tool.flake8-forksafe] from this file (default: the nearest pyproject.toml)",
    )
    files.add_argument("--isolated", action="store_true", help="read no configuration file")
    flake8_group = parser.add_argument_group("flake8's options (also read from its configuration files)")
    plugin_group = parser.add_argument_group(f"{Plugin.name}'s options (also read from configuration files)")
    for option in offered(manager, leave_out):
        names, kwargs = option.to_argparse()
        if helps and option.long_option_name in helps:
            kwargs = {**kwargs, "help": helps[option.long_option_name]}
        group = plugin_group if option.long_option_name.startswith("--forksafe-") else flake8_group
        group.add_argument(*names, **kwargs)


def configured_defaults(
    manager: Any, args: argparse.Namespace, leave_out: Sequence[str] = ()
) -> dict[str, Any]:
    """Values for the offered options from the configuration files; raises UsageError.

    flake8's values are what `parse_config` returns (strings for options with a type function,
    which argparse converts when it parses the command line); pyproject.toml's are parsed.
    """
    values: dict[str, Any] = {}
    if not args.isolated:
        pyproject = args.pyproject
        if pyproject is None and args.config is None:  # flake8's --config: that file only
            pyproject = config.find_pyproject()
        if pyproject is not None:
            try:
                values.update(config.load(pyproject, offered(manager, leave_out)))
            except config.ConfigError as error:
                raise UsageError(str(error)) from None
    try:
        cfg, cfg_dir = load_config(args.config, args.append_config, isolated=args.isolated)
        parsed = parse_config(manager, cfg, cfg_dir)
    except (ExecutionError, ValueError, configparser.Error) as error:
        raise UsageError(str(error)) from None
    dests = {option.config_name: config.dest(option) for option in offered(manager, leave_out)}
    values.update((dests[name], value) for name, value in parsed.items() if name in dests)
    return values


def complete(manager: Any, args: argparse.Namespace) -> argparse.Namespace:
    """The command's namespace with every flake8 option the style guide and file processor read."""
    options: argparse.Namespace = manager.parse_args([])
    for name, value in vars(args).items():
        setattr(options, name, value)
    options.verbose = 0  # flake8's preliminary options, which FileProcessor reads
    options.extended_default_select = list(manager.extended_default_select)
    options.extended_default_ignore = list(manager.extended_default_ignore)
    return options
