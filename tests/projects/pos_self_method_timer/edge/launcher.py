"""Case pos_self_method_timer.

rules.md, Across modules > Functions and classes: "`obj = Gateway()` then `obj.start()` in the
same scope, `self.method()` inside the class ... has the effects of that body, transitively".
`agent = Agent(...)`; `agent.start()` -> `self._schedule_report()` starts a threading.Timer, so
this module has thread evidence; `check_call(..., preexec_fn=_demote)` is FRK004.
"""
import os
import subprocess

from edge.service import Agent


def _demote():
    os.setgid(1000)
    os.setuid(1000)


def launch(cmd):
    agent = Agent("edge-1")
    agent.start()
    subprocess.check_call(cmd, preexec_fn=_demote)  # error: FRK004:5
    return agent
