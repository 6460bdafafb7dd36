"""Archive upload. It imports the rpc module inside a function (thread evidence: "in a function,
which imports it when it runs"), but its subprocess calls are safe forms: preexec_fn=None is
the literal None, and start_new_session is not a pre-exec hook. No finding."""
import subprocess


def upload(path):
    from inventory import rpc

    rpc.ping()
    subprocess.run(["tar", "czf", path + ".tgz", path], check=True, preexec_fn=None)
    return subprocess.Popen(["gsutil", "cp", path + ".tgz", "gs://archive/"], start_new_session=True)
