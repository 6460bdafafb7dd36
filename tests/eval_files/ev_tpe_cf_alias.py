"""Evidence: ThreadPoolExecutor through `import concurrent.futures as cf`; the sink is spelled through the same alias (rules.md: import spellings)."""
import concurrent.futures as cf
import json
import urllib.request


def _fetch(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.load(resp)


def _score(payload: dict) -> float:
    return sum(len(str(v)) for v in payload.values()) / 1000.0


def crawl(urls):
    with cf.ThreadPoolExecutor(max_workers=16) as io_pool:
        payloads = list(io_pool.map(_fetch, urls))
    with cf.ProcessPoolExecutor() as cpu_pool:  # error: FRK001:10
        return list(cpu_pool.map(_score, payloads))
