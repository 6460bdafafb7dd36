"""Case program_child_helper_called_only_in_child.

rules.md, Corrections (version 2): child-only code is "a function (or what it calls)" used only
as a Process target or a process pool's initializer; "a function also called directly in the
parent is parent code". netutil.start_keepalive() (the program's only thread) is called
directly, but only from fetcher.fetch_worker() (the Process target below) and
fetcher.init_parser() (parse.py's initializer): calls made inside the child, not in the
parent. Expected: no finding (this Process, parse.py's executor and its os.fork()).
"""
import multiprocessing
import sys

from crawlr import fetcher, parse


def main():
    urls = sys.argv[1:]
    procs = [multiprocessing.Process(target=fetcher.fetch_worker, args=(u,)) for u in urls]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return parse.parse_all(urls)
