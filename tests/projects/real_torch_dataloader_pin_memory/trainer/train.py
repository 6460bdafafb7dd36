"""real_torch_dataloader_pin_memory (outside the contract: no finding expected).

Report: https://github.com/pytorch/pytorch/issues/130610 ("dataloader hangs with fork and pin memory=True")
A DDP training loop used several DataLoaders with num_workers>0 and pin_memory=True; one loader's
pin_memory thread (torch.set_num_threads -> __cxa_atexit lock) was running while another loader
forked its worker processes, and a forked worker hung on the inherited lock.

Clauses: "Sinks" and "Evidence": both the fork (DataLoader's worker processes, created by torch's
own multiprocessing context) and the thread (the pin-memory thread) happen inside torch, which the
catalog does not list; this project calls neither a sink nor a thread starter the contract knows.
Expected: no finding, in any module. The reporter's workaround was multiprocessing_context="spawn".
"""
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP

from trainer.data import build_loaders


def evaluate(model, loader):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for batch in loader:
            total += model(batch.cuda(non_blocking=True).float()).sum().item()
    model.train()
    return total


def main():
    dist.init_process_group("nccl")
    rank = dist.get_rank()
    torch.cuda.set_device(rank)
    model = DDP(torch.nn.Linear(512, 1).cuda(), device_ids=[rank])
    optim = torch.optim.AdamW(model.parameters(), lr=1e-4)
    loaders = build_loaders(batch_size=8)
    for epoch in range(3):
        for step, batch in enumerate(loaders["train"]):
            loss = model(batch.cuda(non_blocking=True).float()).mean()
            loss.backward()
            optim.step()
            optim.zero_grad()
            if step % 1000 == 0:
                print(epoch, step, evaluate(model, loaders["valid"]))
    print("test", evaluate(model, loaders["test"]))
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
