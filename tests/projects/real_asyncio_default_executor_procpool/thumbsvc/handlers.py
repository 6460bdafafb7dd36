"""Upload handler: blocking file reads go to the loop's default executor."""
import asyncio

from thumbsvc import render


def _read_blob(path):
    with open(path, "rb") as fh:
        return fh.read()


async def handle_upload(path):
    loop = asyncio.get_running_loop()
    blob = await loop.run_in_executor(None, _read_blob, path)
    return render.make_thumbnails([blob])
