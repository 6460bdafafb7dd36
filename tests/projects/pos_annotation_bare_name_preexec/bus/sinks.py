"""Case pos_annotation_bare_name_preexec.

rules.md, Across modules > Holding an object implies its threads: "a function parameter or
attribute annotated with a project class whose construction starts threads (`def
__init__(self, broker: core.Broker)` ...) is thread evidence in that module". Here the
annotation is the bare imported name (`bus: EventBus`, from `from bus.core import EventBus`) on
a method parameter; EventBus.__init__ starts a thread. The Popen with `preexec_fn=os.setpgrp`
is FRK004. bus/replay.py only uses `core.EventBus` in isinstance: no finding there.
"""
import os
import subprocess

from bus.core import EventBus


class ShellSink:
    def __init__(self, command):
        self.command = command

    def attach(self, bus: EventBus):
        bus.subscribe(self.run)

    def run(self, event):
        return subprocess.Popen(self.command + [str(event)], preexec_fn=os.setpgrp)  # error: FRK004:16
