"""https://github.com/intel/gprofiler/pull/931 ("add pdeathsigger")

gProfiler sometimes hung: start_process() ran every profiler command through Popen with a
preexec_fn (os.setpgrp + prctl(PR_SET_PDEATHSIG)) while the agent's threads ran; the child could
deadlock before exec. The fix replaced preexec_fn with start_new_session plus a pdeathsigger.

rules.md: pre-exec hook sink, Popen with "preexec_fn= anything but None" (FRK004; the keyword is
explicit, so the **kwargs correction does not apply). This module starts no thread; evidence flows
to the callee: gprofiler/main.py (constructs ThreadPoolExecutor) calls GProfiler.start() ->
self.system_profiler.start() (perf.py SystemProfiler, assigned in __init__) -> perf.start()
(PerfProcess, "obj = C() then obj.m()") -> start_process() here ("a sink inside a project function
is judged with the evidence of every module that calls that function").
"""
import os
import subprocess
from subprocess import Popen

from gprofiler.utils.linux import set_child_termination_on_parent_death, wrap_callbacks


def start_process(cmd, via_staticx=False, term_on_parent_death=True, **kwargs):
    if isinstance(cmd, str):
        cmd = [cmd]
    env = kwargs.pop("env", None)
    if via_staticx:
        env = dict(env or os.environ, LD_LIBRARY_PATH="")
    cur_preexec_fn = kwargs.pop("preexec_fn", os.setpgrp)
    if term_on_parent_death:
        cur_preexec_fn = wrap_callbacks([set_child_termination_on_parent_death, cur_preexec_fn])
    popen = Popen(  # error: FRK004:13
        cmd,
        stdout=kwargs.pop("stdout", subprocess.PIPE),
        stderr=kwargs.pop("stderr", subprocess.PIPE),
        stdin=subprocess.PIPE,
        preexec_fn=cur_preexec_fn,
        env=env,
        **kwargs,
    )
    return popen


def run_process(cmd, via_staticx=False, timeout=None, **kwargs):
    with start_process(cmd, via_staticx, **kwargs) as process:
        stdout, stderr = process.communicate(timeout=timeout)
    return process.returncode, stdout, stderr
