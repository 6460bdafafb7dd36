"""v7_catalog_sentry_init_alias_pool: catalog starter sentry_sdk.init imported under an alias.

Clause: Library thread starters (the catalog) -- `sentry_sdk.init` starts the transport's worker
thread; catalog entries "are resolved through imports like the standard-library names"
(`from sentry_sdk import init as sentry_init`), here called inside a function. Sink:
mp.Pool(...) with `import multiprocessing as mp`.
Expected: FRK001 at mp.Pool(processes=...) in resize_all().
"""
import multiprocessing as mp
import os

from sentry_sdk import init as sentry_init


def configure_errors():
    dsn = os.environ.get("SENTRY_DSN")
    if dsn:
        sentry_init(dsn=dsn, traces_sample_rate=0.0)


def _thumbnail(path):
    from PIL import Image

    with Image.open(path) as img:
        img.thumbnail((256, 256))
        out = os.path.splitext(path)[0] + ".thumb.png"
        img.save(out)
    return out


def resize_all(paths):
    pool = mp.Pool(processes=os.cpu_count())  # error: FRK001:12
    try:
        return pool.map(_thumbnail, paths)
    finally:
        pool.close()
        pool.join()


def main(argv):
    configure_errors()
    return resize_all(argv)
