"""Tile fetching."""
import asyncio


def _read(name):
    with open(name, "rb") as fh:
        return fh.read()


async def fetch_tiles(names):
    results = []
    for name in names:
        results.append(await asyncio.to_thread(_read, name))
    return results
