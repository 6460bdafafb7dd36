"""CASCache: the frontend's handle on the local CAS served by buildbox-casd (BuildStream)."""
from buildstream._cas.casdprocessmanager import CASDProcessManager


class CASCache:
    def __init__(self, path, log_dir, log_level="warning", cache_quota=None):
        self._casd = CASDProcessManager(path, log_dir, log_level, cache_quota=cache_quota)

    def contains_digest(self, digest_hash):
        channel = self._casd.get_channel()
        return channel is not None and bool(digest_hash)

    def release_resources(self):
        self._casd.release_resources()
