"""The ping service: a gRPC server on a thread pool (its own program)."""
from concurrent import futures

import grpc

from pingsvc import protocol


def _ping(request, context):
    return request


def main():
    handler = grpc.method_handlers_generic_handler(
        protocol.SERVICE, {"Ping": grpc.unary_unary_rpc_method_handler(_ping)}
    )
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    server.add_generic_rpc_handlers((handler,))
    server.add_insecure_port(protocol.ADDRESS)
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    main()
