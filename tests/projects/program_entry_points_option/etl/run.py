"""Case program_entry_points_option.

rules.md, Across modules > Programs (entry points): `--forksafe-entry-points` (here in setup.cfg,
`etl.run:main` form) names an entry point. The program is etl.run plus etl.sources and
etl.load; Tailer.follow() starts a thread (the class is only registered here, never called),
so the pool in etl/load.py is reported. etl/adhoc.py is not imported: silent.
"""
import sys

from etl import load, sources

SOURCES = {"tail": sources.Tailer}


def main():
    return load.load_all(sys.argv[1:])
