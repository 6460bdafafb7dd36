"""geo-tiles command line."""
import sys

from tiles import logsetup, render


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    logsetup.configure()
    return render.render_all(args)
