"""https://github.com/python/cpython/issues/120998

my_prog runs periodic tasks in threads; one task writes a file and runs `setfacl` with
subprocess.Popen. The Popen hung: the parent in os.read(errpipe_read), the forked child in
_posixsubprocess.fork_exec() before exec (py-spy showed two my_prog.py processes, Python 3.9.9).

rules.md does not cover this because subprocess is a sink only "with the keyword preexec_fn=
anything but None" (pre-exec hook, FRK004); a plain Popen, which also forks the threaded process
on Linux (fork or vfork inside _posixsubprocess), is no sink, whatever the thread evidence.
"""
import subprocess


def set_acl(path, acl="u:monitor:r"):
    proc = subprocess.Popen(["setfacl", "-m", acl, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # hazard (not in the contract): plain Popen is no sink without preexec_fn
    out, err = proc.communicate()
    return proc.returncode


def write_with_acl(path, data, acl="u:monitor:r"):
    with open(path, "w") as f:
        f.write(data)
    return set_acl(path, acl)
