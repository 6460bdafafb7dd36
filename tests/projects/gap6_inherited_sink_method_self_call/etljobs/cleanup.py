from etljobs.base import BatchJob


class CleanupJob(BatchJob):
    def run(self):
        stale = [item for item in self.items if item.startswith("tmp")]
        return self.fan_out(stale)
