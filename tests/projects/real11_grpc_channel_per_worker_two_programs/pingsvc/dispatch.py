"""real11_grpc_channel_per_worker_two_programs

Re-creates the fix of https://github.com/grpc/grpc/issues/13464 ("gRPC Python
1.7.0 Library client hangs when called within a fork"): forked task workers
that used a channel made before the fork hung; creating the channel (and stub)
in each worker, after the fork, avoids it.

Clause: "Programs (entry points)": ping-dispatch (this module) and ping-server
are different programs; they share only pingsvc/protocol.py, which starts
nothing, so grpc.server's threads are not evidence here. The correction "Code
that runs only in a child process": grpc.insecure_channel (catalog) is called
only in ping_once(), a process pool task.
Expected: no findings (silent trap).
"""
import multiprocessing

import grpc

from pingsvc import protocol


def ping_once(task_id):
    with grpc.insecure_channel(protocol.ADDRESS) as channel:
        ping = channel.unary_unary(protocol.PING_METHOD)
        return task_id, ping(b"ping", timeout=5)


def dispatch(count, workers=4):
    with multiprocessing.Pool(workers) as pool:
        return pool.map(ping_once, range(count))


def main():
    print(dispatch(8))


if __name__ == "__main__":
    main()
