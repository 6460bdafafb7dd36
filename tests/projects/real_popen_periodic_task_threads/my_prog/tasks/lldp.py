"""Periodic task "get-lldp-ip": query the LLDP neighbour address and publish it to a file."""
import json
import socket

from my_prog import fileutil

STATE_FILE = "/run/my_prog/lldp.json"


def get_lldp_ip():
    neighbour = socket.gethostbyname(socket.gethostname())
    return fileutil.write_with_acl(STATE_FILE, json.dumps({"lldp_ip": neighbour}))
