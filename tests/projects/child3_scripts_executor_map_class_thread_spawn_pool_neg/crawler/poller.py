"""Polls a site's pages from a background thread."""
import threading


class Poller:
    def __init__(self, site):
        self.site = site
        self.pages = []
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self):
        self.pages.append("<a href='%s'>home</a>" % self.site)

    def collect(self):
        self._thread.join(timeout=10.0)
        return list(self.pages)
