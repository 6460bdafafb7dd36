"""gap6_initializer_also_called_in_parent.

Clause: Corrections v2, "Code that runs only in a child process": a process pool's
`initializer=` runs in the child, but "A function also called directly in the parent is
parent code as well". tracing.init_tracing is the executor's initializer and main() also
calls it directly first. Its threading.Thread therefore counts for this module (threads
flow to the caller), and the default-method ProcessPoolExecutor is FRK001.
"""
import sys
from concurrent.futures import ProcessPoolExecutor

from geocoder import lookup, tracing


def main():
    tracing.init_tracing("geocoder-coordinator")
    addresses = sys.argv[1:]
    with ProcessPoolExecutor(max_workers=4, initializer=tracing.init_tracing, initargs=("geocoder-worker",)) as pool:  # error: FRK001:10
        for address, point in pool.map(lookup.geocode, addresses):
            tracing.span(address)
            print(address, point)


if __name__ == "__main__":
    main()
