import multiprocessing
import sys


def convert(path):
    return path.replace(".png", ".jpg")


def main():
    multiprocessing.set_start_method("fork")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(convert, sys.argv[1:]))
