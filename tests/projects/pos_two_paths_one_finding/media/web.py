"""Upload server: a serving thread, thumbnails per upload."""
import threading

from media import thumbs


def _serve():
    return None


def serve():
    threading.Thread(target=_serve, daemon=True).start()


def upload(paths):
    return thumbs.make_thumbs(paths)
