"""Sandboxed Jupyter kernels that run candidate code and return verdicts.

Knows nothing about interviews, LLMs or storage. `CodeRunner` is the entry point.
"""
