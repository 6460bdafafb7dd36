"""Case real_mp_logging_handler_pool.

Re-creation of https://github.com/jruere/multiprocessing-logging/issues/49 ("Hangs when using
even simple example": `install_mp_handler()`, then a `Pool(2)` created repeatedly; see also
issue #26 "Causes Deadlock"): the handler's receiver thread holds the logging lock while the
pool forks.

Labels (rules.md): `multiprocessing_logging.install_mp_handler` is a catalog thread starter.
tiles/cli.py calls logsetup.configure() (threads flow to the caller) and then
render.render_all() ("evidence flows to the callee"); both are also in program geo-tiles
(`[project.scripts]`). `Pool(2)` from `from multiprocessing import Pool` is FRK001.
tiles/preview.py is imported by nothing and calls nothing that starts threads: no finding.
"""
from multiprocessing import Pool


def _render(tile):
    return tile


def render_all(tiles):
    pool = Pool(2)  # error: FRK001:12
    try:
        return pool.map(_render, tiles)
    finally:
        pool.close()
        pool.join()
