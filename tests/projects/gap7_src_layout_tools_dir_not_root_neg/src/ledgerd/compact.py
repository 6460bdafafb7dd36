"""gap7_src_layout_tools_dir_not_root_neg.

Clause: "Across modules: the project" -- a name is a project module only when it resolves under
a source root: src/ (above the topmost package), the marker directory and src/ beside it, and
--forksafe-source-roots (not set here). ledger_tools lives in tools/ledger_tools/, which is
under none of them (it is pip-installed separately), so it is "known only through the
catalog", i.e. not at all: calling start_flusher() gives compact.py no evidence. No entry points.
Expected: no findings (the multiprocessing.Pool in compact() has no evidence).
"""
import multiprocessing
import os
import sys

from ledger_tools.flusher import start_flusher


def merge_segment(path):
    with open(path, encoding="utf-8") as fh:
        entries = sorted(set(line for line in fh if line.strip()))
    with open(path + ".compact", "w", encoding="utf-8") as out:
        out.writelines(entries)
    return len(entries)


def compact(directory):
    segments = [os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".seg")]
    start_flusher(directory)
    with multiprocessing.Pool() as pool:
        kept = sum(pool.map(merge_segment, segments))
    return kept


if __name__ == "__main__":
    print(compact(sys.argv[1]))
