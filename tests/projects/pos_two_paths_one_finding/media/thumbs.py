"""Case pos_two_paths_one_finding.

rules.md, Across modules > evidence flows to the callee: "a sink inside a project function is
judged with the evidence of every module that calls that function (directly or through a chain
of project calls) ... one finding per sink, whatever the number of callers". make_thumbs() is
reached from media/web.py (own thread, direct call), from media/cron.py (ThreadPoolExecutor,
through importer.run()), and from media/cli.py (no threads). One FRK001.
"""
import multiprocessing


def _thumb(path):
    return path


def make_thumbs(paths):
    with multiprocessing.Pool(2) as pool:  # error: FRK001:10
        return pool.map(_thumb, paths)
