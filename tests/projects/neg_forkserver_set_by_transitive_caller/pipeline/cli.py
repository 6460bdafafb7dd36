"""Pipeline command: picks the forkserver start method, then runs the stage."""
import multiprocessing

from pipeline import stage


def main():
    multiprocessing.set_start_method("forkserver")
    return stage.process([1, 2, 3])


if __name__ == "__main__":
    main()
