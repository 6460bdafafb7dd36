"""real11_tokenizers_encode_batch_shard_process

Re-creates https://github.com/huggingface/tokenizers/issues/187 ("python
version hangs on encode_batch when run in subprocess"): encode_batch runs on the
Rust rayon thread pool; after it has been used, a multiprocessing.Process
(fork) calling encode_batch again hangs forever. The project lists the
tokenizer class in forksafe-extra-thread-starters (setup.cfg).

Clause: "Options" extra thread starters + "Across modules" import-time threads:
textprep/vocab.py calls ByteLevelBPETokenizer() at module level, so this module,
which imports it, has thread evidence.
Expected: FRK001 at multiprocessing.Process(...) in encode_in_subprocess().
"""
import multiprocessing

from textprep import vocab


def encode_shard(texts):
    print(len(vocab.encode(texts)))


def encode_in_subprocess(texts, timeout=30.0):
    process = multiprocessing.Process(target=encode_shard, args=(texts,))  # error: FRK001:15
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.terminate()
        raise RuntimeError("tokenizer child hung")
    return process.exitcode


if __name__ == "__main__":
    encode_in_subprocess(["hi", "there"])
