"""Launches each workflow in its own process."""
import multiprocessing
import subprocess

from nfapi import backend


def run_workflow(db_url, run_id, pipeline):
    backend.update_run(db_url, run_id, "running")
    proc = subprocess.run(["nextflow", "run", pipeline, "-name", run_id], check=False)
    backend.update_run(db_url, run_id, "completed" if proc.returncode == 0 else "failed")


def launch(db_url, run_id, pipeline):
    process = multiprocessing.Process(target=run_workflow, args=(db_url, run_id, pipeline))
    process.start()
    return process
