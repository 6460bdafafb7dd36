"""Reproduction of a crash after fork when the forking parent runs a thread."""
