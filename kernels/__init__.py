"""Sandboxed Jupyter kernels that run candidate code and return verdicts.

Knows nothing about interviews, LLMs or storage. `kernels.start.open_runner` sets the
whole sandbox up and returns a `CodeRunner`, whose `check` is the entry point;
docs/security.md says what the sandbox promises.
"""
