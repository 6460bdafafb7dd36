"""cat_grpc_channel_caller_evidence_to_callee.

Clauses: "Library thread starters (the catalog)" (`grpc.insecure_channel`, a call) with
"Across modules: the project" / evidence flows to the callee.
This module starts no threads itself. ingest/client.py opens a gRPC channel
(`grpc.insecure_channel`, which starts gRPC's polling threads) inside
`pull_and_transform()`, and that function calls `transform_all()` here. A sink inside a
project function is judged with the evidence of every module that calls it, so the
`ProcessPoolExecutor()` without `mp_context` is reported here: FRK001 at line 19.
"""
import concurrent.futures


def normalise(row):
    return {key.lower(): value for key, value in row.items()}


def transform_all(rows):
    with concurrent.futures.ProcessPoolExecutor(max_workers=4) as executor:  # error: FRK001:10
        return list(executor.map(normalise, rows))
