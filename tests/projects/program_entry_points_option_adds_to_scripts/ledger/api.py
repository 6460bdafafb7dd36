"""Entry point ledger-api ([project.scripts]); sync is linked only as a signal handler."""
import signal

from ledger import reports, sync


def main():
    signal.signal(signal.SIGHUP, sync.on_sighup)
    reports.render_monthly(["2024-01", "2024-02"])
