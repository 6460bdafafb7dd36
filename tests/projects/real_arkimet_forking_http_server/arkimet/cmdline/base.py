"""Base for arki-* commands: argument parsing, logging setup, run()."""
import argparse
import logging
import sys


class App:
    def __init__(self, parser, args):
        self.parser = parser
        self.args = args

    @classmethod
    def make_parser(cls):
        parser = argparse.ArgumentParser(description=cls.__doc__)
        parser.add_argument("--verbose", "-v", action="store_true")
        parser.add_argument("--debug", action="store_true")
        return parser

    def run(self):
        level = logging.DEBUG if self.args.debug else logging.INFO if self.args.verbose else logging.WARN
        logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(message)s")

    @classmethod
    def main(cls, argv=None):
        parser = cls.make_parser()
        args = parser.parse_args(argv)
        app = cls(parser, args)
        app.run()
        return 0
