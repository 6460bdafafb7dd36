"""Inventory service stub; the gRPC channel is opened when the module is imported."""
import grpc

CHANNEL = grpc.insecure_channel("inventory.internal:50051")


def ping():
    return CHANNEL
