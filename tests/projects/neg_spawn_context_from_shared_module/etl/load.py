"""neg_spawn_context_from_shared_module.

Clauses: Sinks > Safe ("a call that uses a context from `get_context("spawn")` or
`get_context("forkserver")`"), "A receiver the checker cannot resolve ... is not a sink", and
the default-method forms of ProcessPoolExecutor ("without `mp_context`, with `mp_context=None`,
or with a default context"). The contexts are bound in another project module (mpctx.py) and
used here as `mpctx.SPAWN`, `FORKSERVER` (from-imported) and `mpctx.SPAWN.Process`.
Whether the checker follows them to mpctx.py (spawn / forkserver: safe) or not (unresolved: not
a sink, and a non-default `mp_context=` value), nothing is reported, although this module starts
threads (ThreadPoolExecutor) and so does its caller (cli.py). Expected: no finding.
"""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from etl import mpctx
from etl.mpctx import FORKSERVER


def read_blob(path):
    return path.encode()


def parse_blob(blob):
    return blob.decode().upper()


def index_row(row):
    return hash(row)


def write_manifest(count):
    print("rows:", count)


def load_all(paths):
    with ThreadPoolExecutor(max_workers=8) as io:
        blobs = list(io.map(read_blob, paths))
    with ProcessPoolExecutor(mp_context=mpctx.SPAWN) as ex:
        rows = list(ex.map(parse_blob, blobs))
    with FORKSERVER.Pool(2) as pool:
        pool.map(index_row, rows)
    proc = mpctx.SPAWN.Process(target=write_manifest, args=(len(rows),))
    proc.start()
    proc.join()
    return rows
