"""Case program_entry_points_option.

rules.md, Across modules > Programs (entry points): `--forksafe-entry-points` (here in
setup.cfg) names entry points, in the `pkg.cli:main` form (etl.run:main) and the plain module
form (etl.backfill). The program of etl.run is etl.run, etl.sources and etl.load;
Tailer.follow() starts a thread (the class is only registered here, never called), so the
pool in etl/load.py is reported. The program of etl.backfill (etl.backfill, etl.load) has no
threads, so the pool in etl/backfill.py is not. etl/adhoc.py is imported by neither: silent.
"""
import sys

from etl import load, sources

SOURCES = {"tail": sources.Tailer}


def main():
    return load.load_all(sys.argv[1:])
