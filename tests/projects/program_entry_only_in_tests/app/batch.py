"""Case program_entry_only_in_tests.

rules.md, Across modules > Programs (entry points): entry points are [project.scripts] /
[project.gui-scripts] targets, __main__.py files of project packages and
--forksafe-entry-points. This project has none; the only module that uses both app.workers and
app.batch is tests/test_batch.py, which is no entry point, so the two are not linked by a
program. The test calls plan_chunks() only (no sink), so no evidence reaches run_batch().
"""
import multiprocessing


def plan_chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def _process(chunk):
    return sum(chunk)


def run_batch(items):
    with multiprocessing.Pool() as pool:
        return pool.map(_process, plan_chunks(items, 100))
