import argparse

from fetchd import heartbeat, spool

STARTUP_HOOKS = [heartbeat.start_heartbeat]


def main():
    parser = argparse.ArgumentParser(prog="fetchd")
    parser.add_argument("spool_dir")
    args = parser.parse_args()
    for hook in STARTUP_HOOKS:
        hook()
    spool.flush_spool(args.spool_dir)
