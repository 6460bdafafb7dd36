"""Case real_e3sm_diags_dask_fork_context (out of contract): dask's process scheduler told to fork.

Report: https://github.com/E3SM-Project/e3sm_diags/issues/1040 ("Multiprocessing
fork context causes thread deadlock": "The original implementation used fork
... as the multiprocessing start method (via Dask)"; two long runs failed, and
the fix moved to forkserver, e3sm_diags PR #1067 replacing
``{"scheduler": "processes", "multiprocessing.context": "fork"}``). The parent
process's threads are those of OpenMP/MKL, netCDF/HDF5 and logging.

Why rules.md does not report it: the fork is made by dask's multiprocessing
scheduler, chosen by the string ``"processes"`` and pinned to fork by the string
``"fork"`` inside a ``dask.config.set`` dictionary. None of that is a sink: the
table's explicit-fork forms are ``multiprocessing.get_context("fork")`` and
``set_start_method("fork")``, and dask is in the catalog only as a thread
starter (``dask.compute`` with the default, threaded scheduler), not as a
forker. ``bag.map(...).compute()`` is a method of a bag, not the catalog's
``dask.compute``, and the threads the report names come from C libraries the
catalog does not list. So the module has neither a sink nor evidence.

Expected: no findings.
"""

import logging

import dask
import dask.bag as db

from e3sm_diags.parameter.core_parameter import CoreParameter

logger = logging.getLogger(__name__)


def _run_one(parameter):
    logger.info("running %s %s %s", parameter.sets, parameter.variables, parameter.seasons)
    return parameter


def _run_serially(parameters):
    return [_run_one(p) for p in parameters]


def _run_with_dask(parameters):
    bag = db.from_sequence(parameters)
    config = {"scheduler": "processes", "multiprocessing.context": "fork"}
    num_workers = getattr(parameters[0], "num_workers", None)
    with dask.config.set(config):
        results = bag.map(_run_one).compute(num_workers=num_workers)  # hazard (not in the contract)
    return results


def main(parameters=None):
    parameters = parameters or [CoreParameter(multiprocessing=True)]
    if parameters[0].multiprocessing:
        return _run_with_dask(parameters)
    return _run_serially(parameters)


if __name__ == "__main__":
    main()
