from app.workers import Heartbeat


def start_heartbeat():
    Heartbeat(daemon=True).start()
