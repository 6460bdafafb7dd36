"""Proxies a CASA table: every access goes through the table's executor thread."""

import pyrap.tables as pt

from daskms.table_executor import STANDARD_EXECUTOR, Executor


class TableProxy:
    def __init__(self, factory, *args, **kwargs):
        self._factory = factory
        self._args = args
        self._kwargs = kwargs
        self._ex = Executor(key=kwargs.pop("__executor_key__", STANDARD_EXECUTOR))
        self._table_future = self._ex.submit(factory, *args, **kwargs)

    def getcol(self, column, startrow=0, nrow=-1):
        return self._ex.submit(self._getcol, column, startrow, nrow).result()

    def _getcol(self, column, startrow, nrow):
        return self._table_future.result().getcol(column, startrow, nrow)

    def nrows(self):
        return self._ex.submit(self._nrows).result()

    def _nrows(self):
        return self._table_future.result().nrows()


def open_table(table_name, readonly=True):
    return TableProxy(pt.table, table_name, ack=False, readonly=readonly)
