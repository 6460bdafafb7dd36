"""Datasets and loaders: three DataLoaders with worker processes and pinned memory."""
import torch
from torch.utils.data import DataLoader, Dataset


class RandomTokens(Dataset):
    def __init__(self, length, seq_len=512):
        self.length = length
        self.seq_len = seq_len

    def __len__(self):
        return self.length

    def __getitem__(self, idx):
        g = torch.Generator().manual_seed(idx)
        return torch.randint(0, 32000, (self.seq_len,), generator=g)


def build_loaders(batch_size, num_workers=4):
    loaders = {}
    for split, length in (("train", 100000), ("valid", 5000), ("test", 5000)):
        loaders[split] = DataLoader(
            RandomTokens(length),
            batch_size=batch_size,
            shuffle=(split == "train"),
            num_workers=num_workers,
            pin_memory=True,
        )
    return loaders
