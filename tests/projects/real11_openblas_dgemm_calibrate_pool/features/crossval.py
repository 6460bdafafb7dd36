"""real11_openblas_dgemm_calibrate_pool

Re-creates https://github.com/OpenMathLib/OpenBLAS/issues/294 ("OpenBLAS hangs
when calling DGEMM after a Unix fork"): a GEMM of 8x8 or more in the parent
starts OpenBLAS's pthread pool; a multiprocessing worker forked afterwards spins
forever in its first GEMM. The project lists numpy.dot in
forksafe-extra-thread-starters (setup.cfg).

Clause: "Functions and classes", threads flow to the caller: cross_validate()
calls blas.calibrate(), which calls numpy.dot (an extra thread starter) in
features/blas.py. The workers multiply with the @ operator, not a call.
Expected: FRK001 at multiprocessing.Pool(...) in cross_validate().
"""
import multiprocessing

import numpy

from features import blas


def fit_fold(fold):
    rng = numpy.random.default_rng(fold)
    sample = rng.random((8, 8))
    return fold, float((sample @ sample).trace())


def cross_validate(folds=5):
    blas.calibrate(8)
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return pool.map(fit_fold, range(folds))


def main():
    print(cross_validate())


if __name__ == "__main__":
    main()
