"""prog2_entry_points_function_form_to_thread.

Clause: Programs (entry points): `--forksafe-entry-points` in the `module:function` form
(`tiler.render:cli`, from setup.cfg) makes tiler.render an entry point, and its program is
tiler.render plus every project module it imports (tiler.fetch, tiler.pack). Version 2:
`asyncio.to_thread(...)` is thread evidence (the default executor's threads).

tiler/fetch.py runs blocking reads through `asyncio.to_thread` inside a coroutine.
tiler/pack.py's flush_pending() builds a `ProcessPoolExecutor()`; it is only registered
with atexit (a reference, not a call) and pack.py imports nothing from the project, so only
the program links it to the threads.

Expected: tiler/pack.py `ProcessPoolExecutor()`: FRK001. This module has no sink.
Reading: the `:cli` suffix names the function called; the program is still the whole module
tiler.render and its imports.
"""
import asyncio
import atexit
import sys

from tiler import fetch, pack


def cli():
    atexit.register(pack.flush_pending)
    names = sys.argv[1:]
    tiles = asyncio.run(fetch.fetch_tiles(names))
    pack.PENDING.extend(tiles)
    return 0
