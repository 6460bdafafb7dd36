"""v8_procpool_mp_context_forms.

rules.md, "Sinks" (default start method: ProcessPoolExecutor without mp_context or with
mp_context=None, also spelled concurrent.futures.process.ProcessPoolExecutor; explicit fork:
get_context("fork") reported once at that call when passed as mp_context=) and "Safe"
(mp_context=get_context("spawn")). Names through `import concurrent.futures as cf` and
`from concurrent.futures.process import ProcessPoolExecutor as RawProcessPool`.
Evidence: `cf.ThreadPoolExecutor` in a `with` block.
Expected: three FRK001 (at the executor calls), one FRK002 (at the get_context call inside the
mp_context= argument).
"""
import concurrent.futures as cf
import multiprocessing as mp
import urllib.request
from concurrent.futures.process import ProcessPoolExecutor as RawProcessPool


def download(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()


def parse(chunk):
    return chunk.count(b"\n")


def fetch_all(urls):
    with cf.ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(download, urls))


def parse_default(chunks):
    with cf.ProcessPoolExecutor(max_workers=4) as ex:  # error: FRK001:10
        return list(ex.map(parse, chunks))


def parse_none(chunks):
    with cf.ProcessPoolExecutor(max_workers=4, mp_context=None) as ex:  # error: FRK001:10
        return list(ex.map(parse, chunks))


def parse_submodule(chunks):
    ex = RawProcessPool()  # error: FRK001:10
    try:
        return [f.result() for f in [ex.submit(parse, c) for c in chunks]]
    finally:
        ex.shutdown()


def parse_spawn(chunks):
    with cf.ProcessPoolExecutor(mp_context=mp.get_context("spawn")) as ex:
        return list(ex.map(parse, chunks))


def parse_fork(chunks):
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("fork")) as ex:  # error: FRK002:59
        return list(ex.map(parse, chunks))


def main():
    chunks = fetch_all(["https://example.org/"])
    parse_default(chunks)
    parse_none(chunks)
    parse_submodule(chunks)
    parse_spawn(chunks)
    parse_fork(chunks)


if __name__ == "__main__":
    main()
