"""The ``cmd`` execution module: run shell commands on the minion."""

import functools
import os
import subprocess

from salt.utils import vt


def _chugid_and_umask(runas, umask):
    os.umask(umask)


def run_all(cmd, use_vt=False, runas=None, umask=0o022):
    preexec = None
    if runas is not None:
        preexec = functools.partial(_chugid_and_umask, runas, umask)
    if use_vt:
        # Terminal takes preexec_fn like Popen, but it is not a subprocess call.
        term = vt.Terminal(
            cmd, shell=True, stream_stdout=False, stream_stderr=False,
            preexec_fn=preexec,
        )
        stdout, stderr = [], []
        while term.has_unread_data:
            out, err = term.recv()
            if out:
                stdout.append(out)
            if err:
                stderr.append(err)
        term.wait()
        return {"stdout": "".join(stdout), "stderr": "".join(stderr),
                "retcode": term.exitstatus}
    proc = subprocess.Popen(
        cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = proc.communicate()
    return {"stdout": out, "stderr": err, "retcode": proc.returncode}


def run(cmd, use_vt=False, runas=None):
    return run_all(cmd, use_vt=use_vt, runas=runas)["stdout"]
