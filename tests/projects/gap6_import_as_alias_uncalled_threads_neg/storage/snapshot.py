"""gap6_import_as_alias_uncalled_threads_neg.

Clause: "Across modules" -- only a called body's effects flow to the caller; importing a
module passes on only its import-time threads. This module binds the submodule with
`import storage.backends.s3 as s3` and calls only s3.bucket_name() (no threads).
upload_parallel(), the function with the ThreadPoolExecutor, is never called from here and
runs nothing at import. So this module has no evidence and its `os.fork()` is not
reported: no finding.
"""
import os
import sys

import storage.backends.s3 as s3


def take(env, data_dir):
    target = s3.bucket_name(env)
    pid = os.fork()
    if pid == 0:
        os.execvp("tar", ["tar", "czf", "/tmp/%s.tgz" % target, data_dir])
    os.waitpid(pid, 0)


if __name__ == "__main__":
    take(sys.argv[1], sys.argv[2])
