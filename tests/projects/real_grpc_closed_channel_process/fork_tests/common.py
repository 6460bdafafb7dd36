"""Helpers shared by the fork tests: a test client and RPC drivers (grpc fork-support tests)."""
import grpc

TEST_SERVER = "localhost:50051"


class TestClient:
    def __init__(self, channel: grpc.Channel) -> None:
        self.channel = channel
        self.unary_stream = channel.unary_stream("/grpc.testing.TestService/StreamingOutputCall")

    def close(self) -> None:
        self.channel.close()


def get_test_client(target: str = TEST_SERVER) -> TestClient:
    return TestClient(grpc.insecure_channel(target))


def make_unary_stream_rpc(client: TestClient) -> int:
    return sum(1 for _ in client.unary_stream(b"\x08\x01", timeout=5))


def make_rpcs(q) -> None:
    """Runs in the child process: a fresh client, a few RPCs, then report success."""
    client = get_test_client()
    try:
        for _ in range(3):
            make_unary_stream_rpc(client)
        q.put(True)
    finally:
        client.close()
