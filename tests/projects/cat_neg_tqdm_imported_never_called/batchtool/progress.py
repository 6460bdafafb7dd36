"""Optional-dependency probe: is tqdm installed?"""
import sys

try:
    from tqdm import tqdm
except ImportError:  # pragma: no cover
    tqdm = None

HAVE_TQDM = tqdm is not None


def progress_hint():
    if HAVE_TQDM and sys.stderr.isatty():
        return "progress bars available (pass --progress once they are implemented)"
    return "install tqdm for progress bars"
