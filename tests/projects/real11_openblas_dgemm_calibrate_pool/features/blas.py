"""BLAS calibration: one matrix product, which starts OpenBLAS's thread pool."""
import numpy


def calibrate(size=8):
    matrix = numpy.ones((size, size))
    return float(numpy.dot(matrix, matrix)[0][0])
