"""Jobs: prepare() starts nothing; the pool runs only when jobs.py itself is the script."""
import multiprocessing


def square(n):
    return n * n


def prepare():
    print("prepared")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, [1, 2, 3]))
