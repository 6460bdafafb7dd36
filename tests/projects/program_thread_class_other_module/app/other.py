from app import boot


def later():
    boot.start_heartbeat()
