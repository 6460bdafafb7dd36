"""The pipeline: calls jobs.run_all() (in another module) from a method."""
import jobs


class Pipeline:
    def run(self):
        jobs.run_all()
