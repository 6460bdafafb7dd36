from app.workers import Loader


def build():
    return Loader()  # built, never started: a QThread starts threads at .start()
