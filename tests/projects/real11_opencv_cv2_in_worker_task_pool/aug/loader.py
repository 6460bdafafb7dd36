"""real11_opencv_cv2_in_worker_task_pool

Re-creates the workaround in https://github.com/pytorch/pytorch/issues/45198
("DataLoader workers do not work with pytorch1.6"): OpenCV's OpenMP threads,
once started in the parent, deadlock the forked loader workers; moving
`import cv2` and the cv2 calls into the per-item code, which runs in the worker,
avoids it. The project lists cv2.resize in forksafe-extra-thread-starters.

Clause: correction "Code that runs only in a child process is not evidence for
the parent's forks": transforms.load_and_resize (cv2.resize) is used only as a
process pool task; aug/transforms.py starts nothing on import and this module
never calls it.
Expected: no findings (silent trap).
"""
import multiprocessing

from aug import transforms


def load_batch(paths, workers=4):
    with multiprocessing.Pool(workers) as pool:
        return pool.map(transforms.load_and_resize, paths)


def main():
    print(len(load_batch(["a.jpg", "b.jpg", "c.jpg"])))


if __name__ == "__main__":
    main()
