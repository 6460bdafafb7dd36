"""prog2_spawn_in_dunder_main_guard.

Clause: "Across modules": a safe `set_start_method("spawn" | "forkserver")` makes a
default-method sink safe when it is "in a program that contains it"; "Default-method sinks
are also safe in a module that calls multiprocessing.set_start_method("spawn") anywhere in
the module (... under `if __name__ == "__main__":` ...)". Explicit fork and raw fork sinks
are not default-method sinks and stay reported.

Program: this package `__main__.py` (`python -m render`), which imports render.watch,
render.farm and render.preview. watch.start_watcher() starts a threading.Thread and is
called from main(), so the program has threads. `set_start_method("spawn")` runs here under
the main guard, once.

Expected:
- render/farm.py `ProcessPoolExecutor(max_workers=4)`: nothing (default method, spawn in the
  program).
- render/farm.py `multiprocessing.get_context("fork")`: FRK002.
- render/preview.py `multiprocessing.Process(...)`: nothing (default method, spawn).
- render/preview.py `os.fork()`: FRK003.
This module has no sink (`set_start_method("spawn")` is not one).
"""
import multiprocessing
import sys

from render import farm, preview, watch

COMMANDS = {
    "frames": farm.render_all,
    "legacy": farm.encode_legacy,
}


def main():
    watch.start_watcher(".")
    command = sys.argv[1] if len(sys.argv) > 1 else "frames"
    if command == "preview":
        return preview.open_preview(sys.argv[2])
    return COMMANDS[command](sys.argv[2:])


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    main()
