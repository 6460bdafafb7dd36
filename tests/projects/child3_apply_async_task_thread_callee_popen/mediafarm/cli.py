"""Transcodes files in a process pool."""
import multiprocessing
import sys

from mediafarm import tasks


def main(sources):
    with multiprocessing.Pool(3) as pool:
        pending = [pool.apply_async(tasks.transcode, (src, src + ".webm")) for src in sources]
        codes = [result.get() for result in pending]
    return max(codes, default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
