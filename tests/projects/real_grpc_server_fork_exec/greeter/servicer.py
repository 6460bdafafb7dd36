"""Greeter servicer that forks and execs a helper for every request.

Only gRPC calls SayHello (no project call reaches it); it is linked to the server's threads
by the program greeter-server (greeter.server imports this module).
"""
import os

from greeter import helloworld_pb2_grpc


class Greeter(helloworld_pb2_grpc.GreeterServicer):
    def SayHello(self, request, context):
        pid = os.fork()  # error: FRK003:15
        if pid == 0:
            os.execl("/bin/echo", "echo", "Hello, world!")
        os.waitpid(pid, 0)
        return request
