import threading
from concurrent.futures import ProcessPoolExecutor


def check_account(account):
    return account, True


def _watchdog():
    print("audit watchdog")


def main():
    threading.Timer(300.0, _watchdog).start()
    with ProcessPoolExecutor() as pool:
        print(dict(pool.map(check_account, ["cash", "ar", "ap"])))
