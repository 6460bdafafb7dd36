"""One-off schema migration, run as `python -m beacon.migrate`.

In no program (not an entry point, not imported by one) and without evidence: the
ProcessPoolExecutor below is not reported.
"""
from concurrent.futures import ProcessPoolExecutor

from beacon import settings

TABLES = ["hosts", "events", "alerts"]


def _migrate_table(name):
    return name + "_v2"


def migrate_all():
    with ProcessPoolExecutor(max_workers=settings.WORKERS) as ex:
        return list(ex.map(_migrate_table, TABLES))


if __name__ == "__main__":
    migrate_all()
