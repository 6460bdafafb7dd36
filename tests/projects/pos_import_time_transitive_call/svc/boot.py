"""bootstrap() calls telemetry.start_flusher(); importing this module starts nothing."""
from svc import telemetry


def bootstrap():
    telemetry.start_flusher()
    return {"workers": 4}
