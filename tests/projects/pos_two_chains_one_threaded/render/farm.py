"""pos_two_chains_one_threaded.

Clause: Across modules > Functions and classes, "evidence flows to the callee: a sink inside a
project function is judged with the evidence of every module that calls that function (directly
or through a chain of project calls)".

Two two-hop chains end in this module, through different intermediate modules:
- service.serve() (starts a threading.Thread) -> live.schedule() -> farm.render_frames():
  FRK001 at the ProcessPoolExecutor below.
- batch.main() (no threads) -> preview.build() -> farm.render_thumbnails(): no finding; the
  caller evidence is per function, not per module.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def render_frames(frames):
    with ProcessPoolExecutor(max_workers=4) as ex:  # error: FRK001:10
        return list(ex.map(draw, frames))


def render_thumbnails(frames):
    with multiprocessing.Pool(2) as pool:
        return pool.map(draw, frames)


def draw(frame):
    return frame * 2
