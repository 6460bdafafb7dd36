"""real_grpc_channel_direct_and_process_target.

Report: https://github.com/grpc/grpc/issues/12489 ("grpcio 1.6 python client stuck under multiprocessing")
The reporter's client called run_grpc() once directly (opening a gRPC channel and making a call)
and then started multiprocessing.Process(target=run_grpc), and the call in the forked child got
stuck.

Clauses: "Library thread starters (the catalog)" (`grpc.insecure_channel`, a call);
"Corrections (version 2)": a Process target is child-only code, but "a function also called
directly in the parent is parent code as well"; "Sinks" default start method
(`multiprocessing.Process`). Expected: FRK001 at the multiprocessing.Process(...) call in main().
The report used the legacy grpc.beta.implementations.insecure_channel; the fixture uses its
current spelling grpc.insecure_channel, which the catalog lists. The report's module-level calls
run from main() under the main guard here (no FRK102).
"""
import multiprocessing
import sys

import grpc

NETWORK_ID = "58a23401292bd68c5302d666"


def run_grpc(network_id):
    hostport = "localhost:9000"
    channel = grpc.insecure_channel(hostport)
    model_info = channel.unary_unary("/inception.InceptionService/ModelInfo")
    print("do_model_info 2 %s %s" % (hostport, network_id))
    result_future = model_info.future(network_id.encode("ascii"), timeout=2.0)
    print("do_model_info 3 %s %s" % (hostport, network_id))
    response = result_future.result()
    print("do_model_info 4 %s %s" % (hostport, network_id))
    print(response)


def main():
    run_grpc(NETWORK_ID)
    t = multiprocessing.Process(target=run_grpc, args=(NETWORK_ID,))  # error: FRK001:9
    t.start()
    t.join()
    return t.exitcode


if __name__ == "__main__":
    sys.exit(main())
