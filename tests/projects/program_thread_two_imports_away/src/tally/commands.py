"""Signal commands: SIGUSR1 turns on the telemetry reporter."""
from tally import telemetry


def on_usr1(signum, frame):
    telemetry.start_reporter()
