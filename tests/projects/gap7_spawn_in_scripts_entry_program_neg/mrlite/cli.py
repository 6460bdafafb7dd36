"""gap7_spawn_in_scripts_entry_program_neg.

Clause: "Across modules" -- a safe set_start_method("spawn") makes a default-method sink safe
when it is "in a module that (transitively) calls ... it, or in a program that contains it".
main() (the [project.scripts] entry point mrlite.cli:main) sets spawn once, then starts the
status server thread (status.py) and calls shuffle.run(), whose Pool would otherwise be
reported through the caller's evidence.
Expected: no findings.
"""
import argparse
import multiprocessing

from mrlite import shuffle, status


def main(argv=None):
    parser = argparse.ArgumentParser(prog="mrlite")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)

    multiprocessing.set_start_method("spawn")
    state = {"phase": "map", "done": 0}
    server = status.start_status_server(args.port, state)
    try:
        counts = shuffle.run(args.inputs, state)
    finally:
        server.shutdown()
    for word, n in sorted(counts.items(), key=lambda kv: -kv[1])[:20]:
        print(f"{n:8d} {word}")
    return 0
