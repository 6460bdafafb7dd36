"""cat_grpc_secure_channel_daemonize_fork.

Clauses: "Library thread starters (the catalog)" (`grpc.secure_channel`, a call) with
"Across modules: the project" / threads flow to the caller.
`main()` calls `open_secure_channel()` from ops/channels.py, whose body calls
`grpc.secure_channel(...)` (gRPC starts its own threads). Threads flow to the caller, so this
module has thread evidence ("calls open_secure_channel(), which starts threads") and the raw
`os.fork()` in `daemonize()` is reported: FRK003 at line 18.
`grpc.ssl_channel_credentials` is not a thread starter and plays no part.
"""
import os
import sys

from ops.channels import open_secure_channel


def daemonize():
    pid = os.fork()  # error: FRK003:11
    if pid > 0:
        os._exit(0)
    os.setsid()


def main():
    channel = open_secure_channel(sys.argv[1], sys.argv[2])
    daemonize()
    channel.close()


if __name__ == "__main__":
    main()
