import threading

_STATUS = {}


def _tick(interval):
    _STATUS["last_poll"] = "ok"
    timer = threading.Timer(interval, _tick, args=(interval,))
    timer.daemon = True
    timer.start()


def start_polling(interval):
    timer = threading.Timer(interval, _tick, args=(interval,))
    timer.daemon = True
    timer.start()


def last_status():
    return dict(_STATUS)
