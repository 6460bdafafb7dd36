"""gap7_target314_scripts_program_no_pin_neg.

Clause: --forksafe-target-python (setup.cfg: 3.14) -- "At 3.14 or above, default-start-method
sinks (FRK001) are not reported"; the version 2 correction keeps them only where fork is pinned
(the module, or a program containing it). Program reindex (searchidx.cli) starts threads
(crawler.py) and calls build.build_index(), whose ProcessPoolExecutor gets a default context
(mp_context=multiprocessing.get_context()): a default-method sink, but nothing pins fork.
Expected: no findings.
"""
import argparse

from searchidx import build, crawler


def main(argv=None):
    parser = argparse.ArgumentParser(prog="reindex")
    parser.add_argument("root")
    parser.add_argument("--out", default="index.json")
    args = parser.parse_args(argv)

    found = crawler.start_crawl(args.root)
    paths = []
    for path in iter(found.get, None):
        paths.append(path)
    build.build_index(paths, args.out)
    print(f"indexed {len(paths)} documents")
    return 0
