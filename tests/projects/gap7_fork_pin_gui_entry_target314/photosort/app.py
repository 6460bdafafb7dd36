"""gap7_fork_pin_gui_entry_target314.

Clause: version 2 correction on --forksafe-target-python 3.14 ("a set_start_method("fork") in
the module, or anywhere in a program that contains it, keeps the default-method sinks
reported") and "Programs (entry points)" ([project.gui-scripts] photo-sorter =
"photosort.app:main"). setup.cfg sets forksafe-target-python = 3.14. main() pins fork and
calls indexer.start_indexer() (a threading.Thread) and thumbs.make_thumbnails() (a Pool).
Expected: FRK002 at the set_start_method("fork") call in main() (evidence: calls
start_indexer(), photosort/indexer.py:25); FRK001 in photosort/thumbs.py at the
multiprocessing.Pool call (kept at 3.14: fork is pinned in program photo-sorter).
"""
import multiprocessing
import sys

from photosort import indexer, thumbs


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    multiprocessing.set_start_method("fork")  # error: FRK002:5
    library = indexer.start_indexer(argv[0] if argv else ".")
    library.wait(timeout=30)
    made = thumbs.make_thumbnails(sorted(library.paths))
    print(f"{made} thumbnails")
    return 0
