"""thread_target_other_module_sinks: a project function handed to a new thread runs in this
process, as if this module called it (written by the maintainers after a batch case showed that a
thread target was not a use in the parent). work.run(), work.later(), work.in_thread() and the
thread-pool tasks work.convert() and work.archive() run on threads this module starts, so their
sinks get this module's evidence; work.unused() is never handed over."""
import asyncio
import threading

from app import work


def start():
    threading.Thread(target=work.run, daemon=True).start()
    threading.Timer(5.0, work.later).start()


async def serve():
    await asyncio.to_thread(work.in_thread)


def fan_out(paths):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(work.convert, paths))
    ThreadPoolExecutor().submit(work.archive, paths)
