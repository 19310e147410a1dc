"""Sandboxed Jupyter kernels that run candidate code and return verdicts.

Knows nothing about interviews, LLMs or storage. `kernels.start.open_runner` sets the
whole sandbox up and returns a `CodeRunner`, whose `check` is the entry point;
docs/security.md says what the sandbox promises. Given a gateway, the runner takes its
kernels from a Jupyter Kernel Gateway or Enterprise Gateway instead
(`kernels/gateway*.py`, docs/scaling.md).
"""
