from tests.model_server import real_model  # noqa: F401 - a fixture, used by name
