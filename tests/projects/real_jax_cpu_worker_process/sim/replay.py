"""Trap: re-run the CPU worker without touching JAX in the parent."""

from sim import launcher


def main():
    return launcher.start_cpu_worker_offline()


if __name__ == "__main__":
    main()
