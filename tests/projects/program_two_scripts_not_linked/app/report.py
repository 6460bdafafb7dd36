"""Case program_two_scripts_not_linked.

rules.md, Across modules > Programs (entry points): each entry point makes its own program.
`ingest` (app.ingest, app.stream, app.config) starts threads; `report` (app.report,
app.summary, app.config) has the pool. They share only app.config, which is no link: each
program is judged alone, and nothing is reported.
"""
import sys

from app import summary


def main():
    return summary.summarise(sys.argv[1:])
