"""gap6_entry_closure_excludes_threaded_neg.

Clause: "Programs (entry points)" -- "a program is an entry point and every project module
it imports, transitively"; "A module in no known program is judged with the rules above
only". Program search-reindex is {search, search.reindex, search.shards}. server.py (a
ThreadingHTTPServer) imports shards too, but no program imports server.py, and server.py
calls only shards.shard_count() (no sink). The ProcessPoolExecutor in
shards.rebuild_all() is reached only from this unthreaded program: no finding.
"""
import sys

from search import shards


def main():
    names = sys.argv[1:] or ["products", "reviews"]
    for name, docs in shards.rebuild_all(names).items():
        print(name, docs)
