"""Case real_zarrs_codec_dataloader_workers (out of contract): Rust codec threads, then a DataLoader.

Report: https://github.com/zarrs/zarrs-python/issues/171 ("ZarrsCodecPipeline
deadlocks in forked child processes (torch DataLoader with num_workers>0)"):
"Reading or writing a Zarr array through ZarrsCodecPipeline deadlocks in a
forked child process if the parent process has already decoded a chunk"; found
through https://github.com/czbiohub-sf/iohub/issues/416. Here the parent reads
the first plane for normalisation statistics, then iterates a
``DataLoader(num_workers=4)``, whose workers fork by default.

Why rules.md does not report it: ``torch.utils.data.DataLoader`` with
``num_workers`` greater than zero is a catalog forker (FRK001 when the module
has thread evidence), but nothing in the project is thread evidence. The
threads belong to the zarrs Rust codec pipeline (its thread pool) and zarr's
I/O event-loop thread, started inside ``zarr`` calls; neither library is in the
catalog, so ``channel_stats()`` starts nothing the checker knows of. "A sink in
a module without thread evidence is never reported."

Expected: no findings (``--forksafe-extra-thread-starters = zarr.open_array``
would make the DataLoader an FRK001).
"""

import sys

from torch.utils.data import DataLoader

from cellseg.dataset import ImageDataset, channel_stats


def main(root, n=256):
    mean, std = channel_stats(root)  # the parent decodes a chunk first
    loader = DataLoader(ImageDataset(root, n), batch_size=16, num_workers=4)  # hazard (not in the contract)
    total = 0
    for batch in loader:
        total += int(((batch - mean) / (std or 1.0)).numel())
    return total


if __name__ == "__main__":
    main(sys.argv[1])
