"""Evidence: `import threading as th` and th.Thread constructed inside a module-level lambda (rules.md: Thread constructed anywhere, "lambdas"; import spelling `import threading as th`)."""
import logging
import threading as th
from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger("indexer")

# fire-and-forget helper used by the web handlers
run_in_background = lambda fn, *args: th.Thread(target=fn, args=args, daemon=True).start()


def _tokenize(doc: str) -> list:
    return doc.lower().split()


def reindex(docs):
    log.info("reindexing %d documents", len(docs))
    with ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        return list(pool.map(_tokenize, docs, chunksize=64))


def reindex_async(docs):
    run_in_background(reindex, docs)
