"""gap7_scripts_closure_thread_pool_split.

Clause: "Programs (entry points)" -- [project.scripts] tilepack = "tilepack.cli:main"; the
program is tilepack.cli plus every project module it imports. progress.py starts a thread in
watch_dir(); render.py, which imports nothing of progress, opens a Pool in render_all(). cli.py
reaches both only through the COMMANDS table (readings.md 1: not a resolved call), so only the
program links them: "a thread started anywhere ... is evidence for every sink".
Expected: FRK001 in tilepack/render.py at the multiprocessing.Pool call (in program tilepack
(tilepack.cli), tilepack/progress.py starts threads). Nothing in cli.py or progress.py.
"""
import argparse
import sys

from tilepack import progress, render

COMMANDS = {
    "render": render.render_all,
    "watch": progress.watch_dir,
}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tilepack")
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    return COMMANDS[args.command](args.paths) or 0


if __name__ == "__main__":
    sys.exit(main())
