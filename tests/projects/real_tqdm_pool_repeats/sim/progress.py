"""Progress bar shared across repeats (tqdm's monitor thread)."""
from tqdm import tqdm

_BAR = []


def make_bar(total):
    bar = tqdm(total=total, miniters=1)
    _BAR.append(bar)
    return bar


def tick(_result):
    _BAR[-1].update(1)
