"""real_grpc_closed_channel_process: create a channel, make an RPC, close it, then fork a Process.

Report: https://github.com/grpc/grpc/issues/19158 ("Enable fork support for Python by default"),
the test case posted there by a maintainer.

What was reported: while discussing turning gRPC Python's fork support on by default, the
maintainers asked that this use case be tested: create a channel, invoke an RPC on it, close
the channel, fork, make RPCs. Their test did exactly that with multiprocessing
(`client = common.get_test_client(...)`, `common.make_unary_stream_rpc(client)`,
`client.close()`, `Process(target=common.make_rpcs, args=(q,))`, `p.start()`) and "consistently
times out", with the comment "deadlocks here, I believe" at `p.start()`: closing the channel does
not stop grpc-core's threads, so the fork still happens in a multi-threaded process.

Clauses: catalog `grpc.insecure_channel` (call) in common.get_test_client(); "threads flow to the
caller": run_close_then_fork() calls it, so this module has thread evidence; closing the channel
does not remove the evidence. Corrections v2: make_rpcs() is a Process target, but
get_test_client() is also called directly in the parent, so it is parent code. Default start
method `multiprocessing.Process` (`from multiprocessing import Process, Queue`).

Expected: one finding, FRK001 at the Process call (fork_tests/close_then_fork.py:32).
"""
from multiprocessing import Process, Queue

from fork_tests import common


def run_close_then_fork() -> bool:
    client = common.get_test_client()
    common.make_unary_stream_rpc(client)
    client.close()
    q = Queue()  # type: Queue
    p = Process(target=common.make_rpcs, args=(q,))  # error: FRK001:9
    p.start()  # deadlocks here, I believe
    p.join(timeout=30)
    return (not p.is_alive()) and q.get(timeout=1) is True


if __name__ == "__main__":
    assert run_close_then_fork()
