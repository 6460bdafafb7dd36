"""render() starts a thread but runs only as a process-pool task (child-only)."""
import os
import threading
from concurrent.futures import ProcessPoolExecutor


def render(image):
    threading.Thread(target=print, args=(image,), daemon=True).start()
    return image


def publish(images):
    with ProcessPoolExecutor() as pool:
        return [pool.submit(render, image) for image in images]


def detach():
    if os.fork() == 0:
        os.setsid()
