"""Case real_grpc_server_fork_exec.

Re-creation of https://github.com/grpc/grpc/issues/17093 ("gRPC server on Python 3.6 is
incompatible with os.fork()", the greeter_server_fork_exec.py reproduction; see also
https://github.com/grpc/grpc/issues/13873): a request handler of a running gRPC server calls
os.fork() and the child hangs inside fork, before reaching exec.

Labels (rules.md): grpc.server(...) is a catalog thread starter and ThreadPoolExecutor is
standard-library evidence, both here. The fork is in greeter/servicer.py, which no project call
reaches; the program greeter-server ([project.scripts], Across modules > Programs) contains both
modules, so the os.fork() there is reported (FRK003).
"""
from concurrent import futures

import grpc

from greeter import helloworld_pb2_grpc
from greeter.servicer import Greeter


def main():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    helloworld_pb2_grpc.add_GreeterServicer_to_server(Greeter(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()
