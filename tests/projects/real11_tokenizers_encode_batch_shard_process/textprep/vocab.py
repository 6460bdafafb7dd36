"""The shared tokenizer, built and warmed up when the module is imported."""
from tokenizers.implementations import ByteLevelBPETokenizer

TOKENIZER = ByteLevelBPETokenizer()
TOKENIZER.encode_batch(["warm", "up"])


def encode(texts):
    return [encoding.ids for encoding in TOKENIZER.encode_batch(texts)]
