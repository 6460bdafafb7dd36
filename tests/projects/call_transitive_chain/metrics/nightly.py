"""Case call_transitive_chain.

rules.md, Across modules > Functions and classes: a call has the effects of the body
"transitively through further project calls". nightly.main() -> bootstrap.configure() ->
agent.launch(), which starts a thread, so this module has thread evidence. setup.cfg (no
[flake8] section) is the project marker.
"""
import os
import subprocess

from metrics.bootstrap import configure


def main():
    configure()
    subprocess.Popen(["rsync", "-a", "/var/metrics", "backup:"], preexec_fn=os.setsid)  # error: FRK004:5
