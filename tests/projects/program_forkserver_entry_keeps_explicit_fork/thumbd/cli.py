"""program_forkserver_entry_keeps_explicit_fork.

Clause: Across modules, "a safe `set_start_method("spawn" | "forkserver")` makes a
default-method sink safe when it is in the sink's module, in a module that (transitively) calls
or imports it, or in a program that contains it"; it covers default-method sinks only.

The entry point of program thumbd sets forkserver in main():
- render.py (starts its own thread): ProcessPoolExecutor() and Manager() are safe, no finding.
- legacy_io.py (in the program, which starts threads): get_context("fork") is FRK002 and
  os.fork() is FRK003; a start method does not make them safe.
- offline.py is in no program and nothing that sets a start method imports it: its own thread
  makes its ProcessPoolExecutor FRK001.
"""
import multiprocessing

from thumbd import legacy_io, render


def main():
    multiprocessing.set_start_method("forkserver")
    render.start(["a.png", "b.png"])
    legacy_io.convert_tiff(["c.tiff"])


if __name__ == "__main__":
    main()
