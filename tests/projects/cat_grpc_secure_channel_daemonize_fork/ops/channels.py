"""TLS channels to the control plane."""
import grpc


def open_secure_channel(target, ca_path):
    with open(ca_path, "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(target, creds)
