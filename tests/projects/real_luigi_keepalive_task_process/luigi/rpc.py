"""Client for the central scheduler: every call resolves the scheduler's host name."""

import json
import urllib.parse
import urllib.request


class RemoteScheduler:
    def __init__(self, host="localhost", port=8082):
        self._host = host
        self._port = port

    def _request(self, url, data):
        body = urllib.parse.urlencode({"data": json.dumps(data)}).encode()
        full_url = "http://%s:%d%s" % (self._host, self._port, url)
        with urllib.request.urlopen(full_url, body, timeout=10) as response:  # getaddrinfo()
            return json.loads(response.read().decode())["response"]

    def ping(self, worker):
        self._request("/api/ping", {"worker": worker})

    def add_task(self, worker, task_id, status="PENDING"):
        self._request("/api/add_task", {"worker": worker, "task_id": task_id,
                                        "status": status})

    def get_work(self, worker):
        return self._request("/api/get_work", {"worker": worker})
