"""Port checks (process-pool tasks)."""
import socket


def check_port(host_port):
    host, port = host_port
    try:
        with socket.create_connection((host, port), timeout=2.0):
            return 1
    except OSError:
        return 0
