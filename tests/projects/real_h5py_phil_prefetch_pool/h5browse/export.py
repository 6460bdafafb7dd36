"""real_h5py_phil_prefetch_pool: h5py reader threads in the parent, then a forked export pool.

Report: https://github.com/h5py/h5py/issues/2584
("h5py hanging in subprocess with fork when multiple threads are present").

What was reported: "When we combine multiple threads reading via h5py with forked subprocesses we
sometimes observe the subprocess hanging": a reader thread in the parent holds h5py's global
`phil` lock at the moment of the fork, only the forking thread exists in the child, and the
child's first h5py call waits on `phil` forever. The reporter's users "interact with HDF5 files on
threads in the background. Then when they use multiprocessing ... and try to access an HDF5 file
in the forked process" it hangs. The proposed h5py fix (PR #2585) takes `phil` around fork with
os.register_at_fork; nothing changed in the applications.

Re-creation: browser.py starts one reader thread per file; its "x" key runs export_all() through
the ACTIONS table, which is not a resolved call (tests/projects/README.md reading 1). So only the
program links this module to the threads.

Clauses: "Programs (entry points)": `[project.scripts] h5browse = "h5browse.cli:main"`; the program
is cli.py, browser.py and, imported by browser.py, this module; "Inside one program, a thread
started anywhere ... is evidence for every sink in every module of that program" (browser.py:
threading.Thread). Default start method `multiprocessing.Pool`.

Expected: one finding, FRK001 at the Pool call (h5browse/export.py:43). Under
`forksafe-scope = project` it would be silent.
"""
import multiprocessing
import os

import h5py


def export_one(path: str, out_dir: str) -> str:
    target = os.path.join(out_dir, os.path.basename(path) + ".csv")
    with h5py.File(path, "r") as f, open(target, "w") as out:
        for name in f:
            out.write("%s,%s\n" % (name, f[name].shape))
    return target


def export_all(paths, out_dir: str) -> list:
    os.makedirs(out_dir, exist_ok=True)
    jobs = [(p, out_dir) for p in paths]
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.starmap(export_one, jobs)
