"""Imports boot without calling bootstrap(): the fork is not reported."""
import os

from svc import boot


def main():
    print("bootstrap available:", callable(boot.bootstrap))
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
