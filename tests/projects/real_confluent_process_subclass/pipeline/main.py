"""Feeds messages to the producer process."""
import multiprocessing

from pipeline.producer import start_producer


def main():
    msg_queue = multiprocessing.JoinableQueue()
    child = start_producer("localhost:9092", "mytopic", msg_queue)
    for n in range(10):
        msg_queue.put(str(n))
    msg_queue.put(None)
    child.join()


if __name__ == "__main__":
    main()
