"""real11_arctic_mongo_hub_export_pool

Re-creates https://github.com/man-group/arctic/issues/250 ("Issues with
multiprocessor/threading and later PyMongo versions"): a store built on a
PyMongo 3 MongoClient, whose monitor threads run from construction, is used
from a process that then forks worker processes; MongoDB calls deadlock.

Clause: "Holding an object implies its threads": the parameter `hub: MongoHub`
is annotated with a project class whose construction starts threads
(pymongo.MongoClient, a catalog construction, in store/hub.py). The pool task
builds its own MongoHub in the child, which is child-only code.
Expected: FRK001 at multiprocessing.Pool(...) in export_libraries().
"""
import multiprocessing
import os

from store.hub import MongoHub


def dump_library(name):
    hub = MongoHub(os.environ.get("ARCTIC_URI", "mongodb://127.0.0.1:27017"))
    return name, hub.client.arctic[name].estimated_document_count()


def export_libraries(hub: MongoHub, workers=4):
    names = hub.library_names()
    with multiprocessing.Pool(workers) as pool:  # error: FRK001:10
        return dict(pool.map(dump_library, names))
