"""gap7_entry_points_option_hook_bounce.

Clause: "Programs (entry points)" -- --forksafe-entry-points (setup.cfg: mailq.daemon:main)
makes mailq.daemon and the project modules it imports one program. daemon.py starts sender
threads (senders.start_senders); bounce.reprocess_bounces is only run from the MAINTENANCE
hook list (readings.md 1: not a resolved call), so its Popen(preexec_fn=...) is linked to the
threads only by the program.
Expected: FRK004 in mailq/bounce.py at the subprocess.Popen call (in program mailq.daemon,
mailq/senders.py starts threads). Nothing in daemon.py or senders.py.
"""
import queue
import sys

from mailq import bounce, senders

MAINTENANCE = [bounce.reprocess_bounces]


def main(argv=None):
    outbox = queue.Queue()
    senders.start_senders(outbox, count=4)
    for task in MAINTENANCE:
        task()
    for line in sys.stdin:
        if line.strip():
            outbox.put(line.strip())
    outbox.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
