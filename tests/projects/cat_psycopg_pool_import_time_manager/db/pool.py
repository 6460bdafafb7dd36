"""The application's connection pool, opened when the module is imported."""
import os

from psycopg_pool import ConnectionPool

POOL = ConnectionPool(os.environ.get("DATABASE_URL", "dbname=app"), min_size=1, max_size=4)


def fetch_table_names():
    with POOL.connection() as conn:
        rows = conn.execute("select tablename from pg_tables where schemaname = 'public'")
        return [row[0] for row in rows]
