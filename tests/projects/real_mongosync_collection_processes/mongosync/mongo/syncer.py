"""real_mongosync_collection_processes: MongoClients opened in the parent, then one Process per split.

Report: https://github.com/caosiyang/py-mongo-sync/issues/25
("UserWarning: MongoClient opened before fork.").

What was reported: replicating a replica set ended with repeated "UserWarning: MongoClient opened
before fork. Create MongoClient only after forking." from pymongo/topology.py. MongoSyncer
connects its source and destination MongoClients in __init__, then syncs each large collection
with one multiprocessing.Process per split point plus a progress-logging Process (default start
method: fork). pymongo's monitor threads are running in the parent at each fork, which is what its
fork-safety warning is about; the child's own reconnect() does not undo locks inherited in the
held state.

Clauses: catalog `pymongo.MongoClient` (construction) in mongo_utils.connect(); "threads flow to
the caller ... transitively", through `self._src = MongoHandler(...)` assigned in __init__ and then
`self._src.connect()` ("self.executor.trigger() where self.executor = Executor(...) is assigned in
the class's __init__"); default start method `multiprocessing.Process`. `import gevent` is not
evidence (sync.py monkey-patches with gevent; rules.md does not model monkey-patching, and pymongo
still warns under it). The Process target `self._sync_collection_with_query` is a bound method of a
module-level class.

Expected: two findings, FRK001 at mongosync/mongo/syncer.py:58 and :64.
"""
import multiprocessing

import gevent

from mongosync.mongo.handler import MongoHandler


def logging_progress(ns, total, prog_q):
    done = 0
    while True:
        item = prog_q.get()
        if item is True:
            return
        done += item
        print("[%s] %d/%d" % (ns, done, total))


class MongoSyncer(object):
    def __init__(self, src_hosts, dst_hosts):
        self._src = MongoHandler(src_hosts)
        if not self._src.connect():
            raise RuntimeError("connect to mongodb(src) failed: %s" % src_hosts)
        self._dst = MongoHandler(dst_hosts)
        if not self._dst.connect():
            raise RuntimeError("connect to mongodb(dst) failed: %s" % dst_hosts)

    def _sync_large_collection(self, namespace_tuple, split_points):
        dbname, collname = namespace_tuple
        ns = ".".join(namespace_tuple)
        total = self._src.client()[dbname][collname].estimated_document_count()

        prog_q = multiprocessing.Queue()
        res_q = multiprocessing.Queue()

        proc_logging = multiprocessing.Process(target=logging_progress, args=(ns, total, prog_q))  # error: FRK001:24
        proc_logging.start()

        queries = self._queries(split_points)
        procs = []
        for query in queries:
            p = multiprocessing.Process(target=self._sync_collection_with_query, args=(namespace_tuple, query, prog_q, res_q))  # error: FRK001:17
            p.start()
            procs.append(p)

        for p in procs:
            p.join()
        n_docs = sum(res_q.get() for _ in procs)
        prog_q.put(True)
        proc_logging.join()
        return n_docs

    @staticmethod
    def _queries(split_points):
        queries = []
        lower_bound = None
        for point in split_points:
            if lower_bound is None:
                queries.append({"_id": {"$lt": point}})
            else:
                queries.append({"_id": {"$gte": lower_bound, "$lt": point}})
            lower_bound = point
        queries.append({"_id": {"$gte": lower_bound}})
        return queries

    def _sync_collection_with_query(self, namespace_tuple, query, prog_q, res_q):
        self._src.reconnect()
        self._dst.reconnect()
        src_dbname, src_collname = namespace_tuple
        cursor = self._src.client()[src_dbname][src_collname].find(filter=query, no_cursor_timeout=True)
        n = 0
        batch = []
        for doc in cursor:
            batch.append(doc)
            if len(batch) == 1000:
                self._dst.client()[src_dbname][src_collname].insert_many(batch, ordered=False)
                prog_q.put(len(batch))
                n += len(batch)
                batch = []
        if batch:
            self._dst.client()[src_dbname][src_collname].insert_many(batch, ordered=False)
            n += len(batch)
        res_q.put(n)

    def run(self, namespace_tuple, split_points):
        gevent.sleep(0)
        return self._sync_large_collection(namespace_tuple, split_points)
