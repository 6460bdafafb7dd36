"""cat_neg_pymongo_module_not_linked.

Clauses: "Library thread starters (the catalog)" (`pymongo.MongoClient`, a construction) with
"Across modules: the project" and "Programs (entry points)" ("a module in no known program is
judged with the rules above only").
Expected: no finding. tools/audit.py builds a `MongoClient` (pymongo's monitor threads), but
no module imports it, nothing calls into it or is called from it, and it is in no program:
the only entry point is `archive = "tools.archive:main"`, whose program is tools.archive
(plus the empty package __init__). The `os.fork()` below is in a module and a program with no
thread evidence.
"""
import os
import sys
import tarfile


def archive_in_background(src, dest):
    pid = os.fork()
    if pid == 0:
        with tarfile.open(dest, "w:gz") as tar:
            tar.add(src)
        os._exit(0)
    return pid


def main():
    pid = archive_in_background(sys.argv[1], sys.argv[2])
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
