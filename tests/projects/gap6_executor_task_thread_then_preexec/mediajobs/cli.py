import sys
from concurrent.futures import ProcessPoolExecutor

from mediajobs import jobs


def main():
    paths = sys.argv[1:]
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = []
        for path in paths:
            futures.append(pool.submit(jobs.run_job, path))
        for fut in futures:
            print(fut.result())


if __name__ == "__main__":
    main()
