"""Entry of the relay child process."""
import time

from relayd import link


def run_child(iface):
    conn = link.open_link(iface)
    time.sleep(1.0)
    return conn
