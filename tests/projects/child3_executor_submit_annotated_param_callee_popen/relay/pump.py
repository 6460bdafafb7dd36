"""child3_executor_submit_annotated_param_callee_popen.

Clause: "Across modules" ("Holding an object implies its threads": a parameter annotated with
a project class whose construction starts threads, string form) x version 2 "Code that runs
only in a child process". drain() is called only from consumer.run, which is only a
ProcessPoolExecutor.submit task; it receives a "core.Broker" (core.Broker.__init__ starts a
threading.Thread). The broker object comes from the third-party brokerkit (not in the
catalog), so the annotation is the only evidence of the broker's threads.

Expected:
- this module's subprocess.Popen(..., preexec_fn=os.setsid): FRK004 (this module receives a
  core.Broker, which starts threads when built; the fork runs in the process that holds it).
- relay/cli.py's ProcessPoolExecutor(max_workers=2): nothing (cli.py has no evidence: it
  calls no thread-starting code, holds no annotated object, and no module it imports starts
  threads on import; there is no entry-point program).
"""
import os
import subprocess

from relay import core


def drain(broker: "core.Broker"):
    sidecar = subprocess.Popen(["relay-sidecar", broker.name], preexec_fn=os.setsid)  # error: FRK004:15
    try:
        for message in broker.messages():
            print(message)
    finally:
        sidecar.terminate()
    return sidecar.wait()
