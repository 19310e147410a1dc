"""Fixtures for the server tests: the local OpenAI-compatible server (tests/llm_server.py)."""

from tests.llm_server import llm_server  # noqa: F401 - a fixture, used by name
