"""Renders a zoom level with a process pool."""
import sys
from concurrent.futures import ProcessPoolExecutor

from tilefarm import bootstrap, tiles


def main():
    zoom = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    coords = [(zoom, x, y) for x in range(2 ** zoom) for y in range(2 ** zoom)]
    with ProcessPoolExecutor(
        max_workers=4, initializer=bootstrap.init_worker, initargs=("/srv/tiles",)
    ) as executor:
        for name in executor.map(tiles.render_tile, coords):
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
