"""cat_neg_tqdm_imported_never_called.

Clauses: "Library thread starters (the catalog)" (`tqdm.tqdm`: its monitor thread starts when
a bar is built) with "Across modules: the project" and "Programs (entry points)".
Expected: no finding. batchtool/progress.py imports `tqdm` only to test whether it is
installed (`tqdm is not None`); no module ever calls or constructs `tqdm`, so no monitor
thread starts and importing tqdm is not a catalog entry. The program batchtool
(batchtool.cli + batchtool.progress) has no thread evidence, and the `ProcessPoolExecutor()`
below is a sink in a process that starts no threads.
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from batchtool.progress import progress_hint


def word_count(path):
    with open(path, encoding="utf-8") as fh:
        return path, sum(len(line.split()) for line in fh)


def main():
    print(progress_hint(), file=sys.stderr)
    with ProcessPoolExecutor() as executor:
        for path, count in executor.map(word_count, sys.argv[1:]):
            print(count, path)


if __name__ == "__main__":
    main()
