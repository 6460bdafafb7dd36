"""real_grpc_stream_plain_popen (outside the contract: no finding expected).

Report: https://github.com/grpc/grpc/issues/17986 ("subprocess.Popen Hangs")
The greeter client's request generator, consumed by gRPC's threads while a stream-stream call was
open on an insecure channel, ran subprocess.Popen(["/bin/echo", ...]) for every request, and one of
those Popen calls never returned.

Clauses: the module has thread evidence ("Library thread starters": `grpc.insecure_channel`), but
"Sinks" lists subprocess only with a `preexec_fn=` other than None (FRK004); a plain Popen is no
sink in the contract. Expected: no finding. The hazard here comes from a C library's at-fork
handlers around a fork-exec, which the contract does not model (see README).
"""
import logging
import subprocess

import grpc


def run():
    with grpc.insecure_channel("localhost:50051") as channel:
        say_hello = channel.stream_stream("/hellostreamstreamworld.MultiGreeter/sayHello")

        def get_request():
            for i in range(9999999):
                p = subprocess.Popen(["/bin/echo", "Hello", "world"])
                p.wait()
                print("Echo return code: {}".format(p.returncode))
                yield str(i).encode("ascii")

        responses = say_hello(get_request())
        for response in responses:
            print("Greeter client received: " + response.decode("ascii"))


if __name__ == "__main__":
    logging.basicConfig()
    run()
