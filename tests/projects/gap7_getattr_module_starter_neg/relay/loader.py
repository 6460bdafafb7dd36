"""gap7_getattr_module_starter_neg.

Clause: "Across modules: the project" -- only the listed call forms are resolved (a project
function, a class, a method through the project). Here the thread starter is reached only via
getattr(plugins, "start_heartbeat", None), a dynamic attribute lookup that rules.md does not
list as a resolved call (readings.md 1: indirect calls are not resolved). plugins.py starts
nothing on import, and no entry point makes a program of these modules.
Expected: no findings (the ProcessPoolExecutor in relay_files() has no evidence).
"""
import hashlib
import sys
from concurrent.futures import ProcessPoolExecutor

from relay import plugins


def checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return path, digest.hexdigest()


def enable_features(config):
    if config.get("heartbeat"):
        starter = getattr(plugins, "start_heartbeat", None)
        if callable(starter):
            starter(config.get("interval", 10.0), sys.stderr)


def relay_files(paths, config):
    enable_features(config)
    with ProcessPoolExecutor(max_workers=4) as ex:
        return dict(ex.map(checksum, paths))


if __name__ == "__main__":
    print(relay_files(sys.argv[1:], {"heartbeat": True}))
