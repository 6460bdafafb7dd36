"""cat_psycopg_pool_import_time_manager.

Clauses: "Library thread starters (the catalog)" (`psycopg_pool.ConnectionPool`, a
construction) with "Across modules: the project" / import-time threads; "Sinks" (a
`multiprocessing.managers.SyncManager` built without `ctx=` and started in the same scope).
db/pool.py builds a `ConnectionPool` at module level (its worker threads start on import);
this module imports db.pool, so it has thread evidence. `manager = SyncManager()` followed by
`manager.start()` in the same function is a default-method sink, reported at the
construction: FRK001 at line 17.
"""
from multiprocessing.managers import SyncManager

from db.pool import fetch_table_names


def shared_table_list():
    manager = SyncManager()  # error: FRK001:15
    manager.start()
    tables = manager.list(fetch_table_names())
    return manager, tables
