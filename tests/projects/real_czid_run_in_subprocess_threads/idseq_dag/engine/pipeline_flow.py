"""Runs the DAG: every step starts its thread; two alignment steps (gsnap, rapsearch) overlap."""
from idseq_dag.steps.run_alignment_remotely import PipelineStepRunAlignmentRemotely


class PipelineFlow(object):
    def __init__(self, dag):
        self.dag = dag

    def start(self):
        steps = []
        for target in self.dag["targets"]:
            step = PipelineStepRunAlignmentRemotely(target, [target + ".m8"],
                                                    [target + ".deduped.m8", target + ".summary"])
            step.start()
            steps.append(step)
        for step in steps:
            step.wait_until_finished()
