"""Not evidence: module-level asyncio.Lock/Event/Semaphore and multiprocessing.Lock/RLock/Event/Semaphore/Condition (rules.md: "asyncio.Lock", "multiprocessing.Lock and friends are not thread evidence")."""
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_startup_lock = asyncio.Lock()
_shutdown = asyncio.Event()
_http_slots = asyncio.Semaphore(20)

_stdout_lock = multiprocessing.Lock()
_queue_lock = multiprocessing.RLock()
_stop = multiprocessing.Event()
_slots = multiprocessing.Semaphore(4)
_cond = multiprocessing.Condition()


def _work(item):
    return item * 2


async def process(items):
    loop = asyncio.get_running_loop()
    async with _startup_lock:
        with ProcessPoolExecutor(max_workers=4) as pool:
            return await asyncio.gather(*(loop.run_in_executor(pool, _work, i) for i in items))


def spawn_logger(target):
    proc = multiprocessing.Process(target=target, args=(_stdout_lock,))
    proc.start()
    return proc
