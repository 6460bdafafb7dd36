"""cat_loguru_enqueue_import_chain.

Clauses: "Library thread starters (the catalog)" (loguru `logger.add(..., enqueue=True)`, a
call) with "Across modules: the project" / import-time threads through a chain of imports.
thumbs/logconf.py calls `logger.add(sys.stderr, ..., enqueue=True)` at module level, which
starts loguru's queue-writer thread on import. thumbs/config.py imports thumbs.logconf, and
this module imports thumbs.config (`from thumbs.config import ...` imports that module), so
through the chain this module has thread evidence: the `multiprocessing.Pool()` below is
FRK001 at line 26. (`logger.remove()` starts nothing.)
"""
import multiprocessing

from PIL import Image

from thumbs.config import OUTPUT_SUFFIX, THUMB_SIZE


def make_thumb(path):
    with Image.open(path) as img:
        img.thumbnail(THUMB_SIZE)
        img.save(path + OUTPUT_SUFFIX)
    return path


def make_all(paths):
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        return pool.map(make_thumb, paths)
