"""Case local_threading_module.

rules.md, Across modules > The project and its modules: "A module the catalog knows
(`threading`, ...) always means that module: its names keep their catalog meaning", even though
src/threading.py sits on the source root beside this module (src/ next to pyproject.toml;
the module is in src/ rather than the project directory so that `python -m flake8` run from
the project directory does not import it in place of the standard library).
threading.Thread here is the standard library's: evidence.
"""
import threading
from concurrent.futures import ProcessPoolExecutor


def _crawl():
    return None


def _parse(page):
    return page


def scrape(pages):
    threading.Thread(target=_crawl, daemon=True).start()
    with ProcessPoolExecutor() as pool:  # error: FRK001:10
        return list(pool.map(_parse, pages))
