"""Alignment step: after the remote aligner returns, call hits on the m8 output."""
from idseq_dag.engine.pipeline_step import PipelineStep
from idseq_dag.util import m8


class PipelineStepRunAlignmentRemotely(PipelineStep):
    def run(self):
        m8.call_hits_m8(self.input_files[0], "lineages.sqlite",
                        self.output_files[0], self.output_files[1], 36)
