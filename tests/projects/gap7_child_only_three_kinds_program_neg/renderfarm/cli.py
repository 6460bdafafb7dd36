"""gap7_child_only_three_kinds_program_neg.

Clause: version 2 correction "Code that runs only in a child process" (in program scope). The
only threads of this program are started by worker.encoder_main (used only as
Process(target=)), worker.init_worker (only a process pool's initializer=) and
worker.render_frame (only a ProcessPoolExecutor.submit task, passed through the name `task`
bound in the same scope). They are "never [evidence] for the parent or its program", and no
other module starts threads.
Expected: no findings (Process, Pool and ProcessPoolExecutor in main() have no evidence).
"""
import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from renderfarm import worker


def main(argv=None):
    parser = argparse.ArgumentParser(prog="renderfarm")
    parser.add_argument("--frames", type=int, default=24)
    parser.add_argument("--log", default="farm.log")
    args = parser.parse_args(argv)

    events = multiprocessing.Queue()
    encoder = multiprocessing.Process(target=worker.encoder_main, args=(events, "events.bin"))
    encoder.start()
    with multiprocessing.Pool(4, initializer=worker.init_worker, initargs=(args.log,)) as pool:
        lightmaps = dict(pool.map(worker.bake_lightmap, ["hall", "yard", "roof"]))
    frames = [{"n": n, "textures": sorted(lightmaps)} for n in range(args.frames)]
    task = worker.render_frame
    with ProcessPoolExecutor(max_workers=4) as ex:
        futures = []
        for frame in frames:
            futures.append(ex.submit(task, frame))
        done = [f.result() for f in futures]
    events.put(None)
    encoder.join()
    print(f"rendered {len(done)} frames")
    return 0
