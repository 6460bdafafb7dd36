"""`validator` console script."""
import argparse

from sawtooth_validator.server.core import Validator


def parse_args(args):
    parser = argparse.ArgumentParser()
    parser.add_argument("--network-endpoint", default="tcp://0.0.0.0:8800")
    parser.add_argument("--component-endpoint", default="tcp://0.0.0.0:4004")
    return parser.parse_args(args)


def main(args=None):
    opts = parse_args(args)
    validator = Validator(opts.network_endpoint, opts.component_endpoint)
    validator.start()
