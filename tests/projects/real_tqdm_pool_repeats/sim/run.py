"""Case real_tqdm_pool_repeats.

Re-creation of https://github.com/tqdm/tqdm/issues/1160 ("TQDM bar freezing script with
multiprocessing"): a tqdm bar is created, then a multiprocessing.Pool(10, maxtasksperchild=1) is
rebuilt for every repeat with apply_async(..., callback=update); the script freezes at the end
of a random repeat (see also https://github.com/tqdm/tqdm/issues/627).

Labels (rules.md, catalog): tqdm.tqdm starts a monitor thread; make_bar() builds one and this
module calls it (threads flow to the caller): the Pool is FRK001. The callback is a
module-level function, not a task.
"""
import multiprocessing
import time

from sim.progress import make_bar, tick


def do_work(x):
    time.sleep(x * 0.1)


def main(num_repeats=10, num_tasks_per_repeat=100):
    pbar = make_bar(num_repeats * num_tasks_per_repeat)
    for repeat in range(num_repeats):
        pool = multiprocessing.Pool(10, maxtasksperchild=1)  # error: FRK001:16
        for _ in range(num_tasks_per_repeat):
            pool.apply_async(do_work, args=(repeat,), callback=tick)
        pool.close()
        pool.join()
    pbar.close()


if __name__ == "__main__":
    main()
