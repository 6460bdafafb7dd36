"""Command line: `kirocrew gateway` runs the gateway in the foreground."""
import argparse

from kiro_crew.slack.gateway import Gateway


def main(argv=None):
    parser = argparse.ArgumentParser(prog="kirocrew")
    parser.add_argument("command", nargs="?", default="gateway")
    parser.add_argument("--kiro-cli", default="kiro-cli")
    args = parser.parse_args(argv)
    if args.command == "gateway":
        Gateway({"kiro_cli": args.kiro_cli}).run()
    return 0
