"""Machine-readable output of `flake8-forksafe check`: JSON, and SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from . import __version__
from .judge import Finding
from .rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/flake8-forksafe/"


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


def _uri(path: str) -> str:
    """A relative URI reference for a path (SARIF artifactLocation.uri)."""
    relative = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return urllib.parse.quote(PurePath(relative).as_posix())


def _location(path: str, line: int, column: int) -> dict[str, object]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"},
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
            "fullDescription": {"text": RULES[code].summary},
            "defaultConfiguration": {"level": "warning" if code == "FRK000" else "error"},
            "helpUri": f"{INFORMATION_URI}",
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
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(report.path), "uriBaseId": "%SRCROOT%"}
                    }
                }
            ],
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
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
            }
        ],
    }
    return json.dumps(document, indent=2)
