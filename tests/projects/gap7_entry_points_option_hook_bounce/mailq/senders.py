"""SMTP sender threads draining the outbox queue."""
import smtplib
import threading


def _send_loop(outbox, relay):
    with smtplib.SMTP(relay, 25, timeout=30) as smtp:
        while True:
            path = outbox.get()
            try:
                with open(path, "rb") as fh:
                    smtp.sendmail("mailq@localhost", ["ops@localhost"], fh.read())
            finally:
                outbox.task_done()


def start_senders(outbox, count=2, relay="localhost"):
    threads = []
    for n in range(count):
        t = threading.Thread(target=_send_loop, args=(outbox, relay), name=f"sender-{n}", daemon=True)
        t.start()
        threads.append(t)
    return threads
