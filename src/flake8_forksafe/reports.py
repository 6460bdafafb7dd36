"""Machine-readable output of `flake8-forksafe check`: JSON, and SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from . import __version__
from .judge import Finding
from .rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/flake8-forksafe/flake8-forksafe"
ROOT = "%SRCROOT%"  # the directory the command runs in: the repository's root in CI


@dataclass
class FileReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str = ""  # why the file could not be checked


def render_json(reports: Sequence[FileReport]) -> str:
    document = {
        "tool": "flake8-forksafe",
        "version": __version__,
        "findings": [
            {
                "path": report.path,
                "line": finding.line,
                "column": finding.col + 1,
                "code": finding.code,
                "message": finding.message,
            }
            for report in reports
            for finding in report.findings
        ],
        "errors": [{"path": report.path, "message": report.error} for report in reports if report.error],
    }
    return json.dumps(document, indent=2)


def _artifact(path: str) -> dict[str, str]:
    """SARIF's artifactLocation: relative to ROOT (the current directory), or an absolute file URI."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": urllib.parse.quote(PurePath(relative).as_posix()), "uriBaseId": ROOT}


def _location(path: str, line: int, column: int) -> dict[str, object]:
    return {
        "physicalLocation": {
            "artifactLocation": _artifact(path),
            "region": {"startLine": line, "startColumn": column},
        }
    }


def render_sarif(reports: Sequence[FileReport]) -> str:
    codes = sorted(RULES)
    rules = [
        {
            "id": code,
            "name": RULES[code].name,
            "shortDescription": {"text": RULES[code].summary},
            "fullDescription": {"text": RULES[code].explanation or RULES[code].summary},
            "help": {
                "text": f"{RULES[code].explanation or RULES[code].summary} See {RULES[code].help_uri}",
                "markdown": f"{RULES[code].explanation or RULES[code].summary}\n\n"
                f"[{code} in the documentation]({RULES[code].help_uri})",
            },
            "defaultConfiguration": {"level": "warning" if code == "FRK000" else "error"},
            "helpUri": RULES[code].help_uri,
        }
        for code in codes
    ]
    results = [
        {
            "ruleId": finding.code,
            "ruleIndex": codes.index(finding.code),
            "level": "warning" if finding.code == "FRK000" else "error",
            "message": {"text": finding.message},
            "locations": [_location(report.path, finding.line, finding.col + 1)],
        }
        for report in reports
        for finding in report.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": report.error},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(report.path)}}],
        }
        for report in reports
        if report.error
    ]
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "flake8-forksafe",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {ROOT: {"uri": Path.cwd().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
            }
        ],
    }
    return json.dumps(document, indent=2)
