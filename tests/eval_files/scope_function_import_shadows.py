"""An import inside a function shadows the module-level name there: Thread/Timer built from eventlet's green threading inside functions are not evidence, and the module-level real `threading` is only used for introspection (rules.md: "shadows the module-level name inside that function")."""
import logging
import os
import threading
from multiprocessing import Pool

log = logging.getLogger(__name__)


def current_worker() -> str:
    return threading.current_thread().name


def start_green_poller(poll):
    from eventlet.green import threading

    poller = threading.Thread(target=poll)
    poller.start()
    return poller


def schedule_green_tick():
    import eventlet.green.threading as threading

    return threading.Timer(5.0, log.info, args=("tick",))


def bulk_resize(images, resize):
    log.info("resizing in %s", current_worker())
    with Pool() as pool:
        return pool.map(resize, images)


def detach():
    if os.fork():
        os._exit(0)
