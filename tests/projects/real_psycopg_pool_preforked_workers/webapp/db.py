"""Database access: the psycopg pool is opened at import time (its worker threads start)."""
from psycopg_pool import ConnectionPool

POOL = ConnectionPool("dbname=floppy", min_size=2, open=True)


def fetch_one(query):
    with POOL.connection() as conn:
        return conn.execute(query).fetchone()
