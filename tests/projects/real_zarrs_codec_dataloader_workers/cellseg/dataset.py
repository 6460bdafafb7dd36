"""A Dataset that opens the Zarr store lazily in each worker."""

import numpy as np
import torch
import zarr
from torch.utils.data import Dataset

zarr.config.set({"codec_pipeline.path": "zarrs.ZarrsCodecPipeline"})


class ImageDataset(Dataset):
    def __init__(self, root, n):
        self.root = root
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        arr = zarr.open_array(self.root, mode="r")
        return torch.from_numpy(np.asarray(arr[idx]))


def channel_stats(root):
    arr = zarr.open_array(root, mode="r")
    sample = np.asarray(arr[0])
    return float(sample.mean()), float(sample.std())
