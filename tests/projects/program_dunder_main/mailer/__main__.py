"""Case program_dunder_main.

rules.md, Across modules > Programs (entry points): "__main__.py files of project packages" are
entry points. `python -m mailer` imports mailer.queue and mailer.render; the queue's signal
handler starts a thread (only passed as a reference, never called by project code), which is
evidence for the pool in mailer/render.py because both are in this program.
"""
import signal
import sys

from mailer import queue, render

signal.signal(signal.SIGUSR1, queue.on_flush_signal)

if __name__ == "__main__":
    render.render_all(sys.argv[1:])
