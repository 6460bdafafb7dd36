import json
import threading
import urllib.request

URL = "http://127.0.0.1:8080/api/orders"


def build_payload(n):
    return json.dumps({"order": n, "items": list(range(n % 5))}).encode()


def _hammer(url, count):
    for n in range(count):
        req = urllib.request.Request(url, data=build_payload(n), method="POST")
        urllib.request.urlopen(req).close()


if __name__ == "__main__":
    threads = [threading.Thread(target=_hammer, args=(URL, 1000)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
