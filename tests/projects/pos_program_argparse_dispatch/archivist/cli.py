"""archivist command line: subcommands dispatch through argparse set_defaults(func=...)."""
import argparse

from archivist.commands import export, sync


def build_parser():
    parser = argparse.ArgumentParser(prog="archivist")
    sub = parser.add_subparsers(dest="command", required=True)
    p_sync = sub.add_parser("sync")
    p_sync.set_defaults(func=sync.run)
    p_export = sub.add_parser("export")
    p_export.add_argument("paths", nargs="*")
    p_export.set_defaults(func=export.run)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    return args.func(args)
