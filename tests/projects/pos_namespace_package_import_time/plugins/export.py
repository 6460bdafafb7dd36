"""pos_namespace_package_import_time.

Clause: The project and its modules, "A name imported by the code is a project module when it
resolves to a `.py` file (or package) under a source root, as Python's import system would
resolve it": `plugins` and `plugins.contrib` are namespace packages (no `__init__.py`),
found under the marker's directory. Import-time threads are passed on through them.

- export.py: `from plugins import metrics` (metrics starts a Timer on import): FRK001 at the
  Process.
- contrib/s3.py: `import plugins.metrics as m`: FRK003 at os.fork().
- archive.py imports only plugins.settings: no finding.
"""
import multiprocessing

from plugins import metrics, settings


def write_shard(index):
    print("shard", index, settings.BUCKET)


def export_all():
    procs = []
    for index in range(settings.SHARDS):
        proc = multiprocessing.Process(target=write_shard, args=(index,))  # error: FRK001:16
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join()
    return metrics
