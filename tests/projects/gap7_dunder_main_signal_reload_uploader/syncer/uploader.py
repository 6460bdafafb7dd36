"""Hash and upload every file under the given folders."""
import hashlib
import os
from concurrent.futures import ProcessPoolExecutor


def fingerprint(path):
    with open(path, "rb") as fh:
        return path, hashlib.blake2b(fh.read(), digest_size=16).hexdigest()


def collect(folders):
    for folder in folders:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                yield os.path.join(dirpath, name)


def upload_all(folders):
    paths = list(collect(folders))
    with ProcessPoolExecutor(max_workers=4) as ex:  # error: FRK001:10
        digests = dict(ex.map(fingerprint, paths, chunksize=8))
    return len(digests)
