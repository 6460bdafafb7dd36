"""v8_futures_submodule_from_imports.

rules.md, "Evidence" (`concurrent.futures.thread.ThreadPoolExecutor` spelling) and "Sinks"
(`concurrent.futures.process.ProcessPoolExecutor` spelling, `multiprocessing.pool.Pool`),
reached through submodule imports: `from concurrent.futures import thread as cf_thread`,
`from concurrent.futures import process as cf_process`, `import multiprocessing.pool as mpp`.
Expected: two FRK001 (the process executor and mpp.Pool).
"""
import hashlib
import multiprocessing.pool as mpp
import os
from concurrent.futures import process as cf_process
from concurrent.futures import thread as cf_thread


def size_of(path):
    return os.stat(path).st_size


def checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        block = fh.read(65536)
        while block:
            digest.update(block)
            block = fh.read(65536)
    return digest.hexdigest()


def sizes(paths):
    with cf_thread.ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(size_of, paths))


def checksums(paths):
    with cf_process.ProcessPoolExecutor(max_workers=4) as pool:  # error: FRK001:10
        return list(pool.map(checksum, paths))


def checksums_pool(paths):
    with mpp.Pool(2) as pool:  # error: FRK001:10
        return pool.map(checksum, paths)


def main():
    paths = ["/etc/hosts", "/etc/passwd"]
    print(sizes(paths), checksums(paths), checksums_pool(paths))


if __name__ == "__main__":
    main()
