"""real11_pythonfutures_fetch_threads_parse_procs_program

Re-creates https://github.com/agronholm/pythonfutures/issues/52 ("Intermittent
threading hangs with process pools"): a crawler that downloads with a
ThreadPoolExecutor and then parses with a ProcessPoolExecutor in the same
process hangs now and then (the thread pool's threads and their locks are
copied into the forked workers).

Clause: "Programs (entry points)": crawl (crawler.cli, from [project.scripts])
loads crawler.fetch (ThreadPoolExecutor) and crawler.parse (the sink); also
"Functions and classes": main() calls fetch_all(), which starts threads, and
parse_all(), whose sink is judged with main()'s evidence.
Expected: FRK001 at ProcessPoolExecutor(...) in crawler/parse.py line 15;
nothing here.
"""
import argparse

from crawler import fetch, parse


def main(argv=None):
    parser = argparse.ArgumentParser(prog="crawl")
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args(argv)
    pages = fetch.fetch_all(args.urls)
    for url, title in parse.parse_all(pages):
        print(url, title)


if __name__ == "__main__":
    main()
