"""Settings: every `HOTSEAT_*` variable is read once, by `server/settings.py`, and a wrong value says which."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.llm import LLMSettings
from server.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-test-0123456789abcdef"


def test_an_empty_environment_gives_the_defaults():
    settings = Settings.from_env({})
    assert settings.llm is None and settings.rubric_dir is None and not settings.unsafe_no_sandbox
    assert (settings.pool_size, settings.code_timeout, settings.allowed_origins) == (2, 10.0, frozenset())
    assert Settings.from_env({"HOTSEAT_LLM_MODEL": "  ", "HOTSEAT_LLM_API_KEY": KEY}).llm is None


def test_every_variable_is_read():
    settings = Settings.from_env({
        "HOTSEAT_RUBRIC": "my-rubric", "HOTSEAT_ALLOWED_ORIGINS": "https://a.example, https://b.example,",
        "HOTSEAT_LLM_MODEL": "openai/llama3.1", "HOTSEAT_LLM_API_BASE": "http://localhost:11434/v1",
        "HOTSEAT_LLM_API_KEY": KEY, "HOTSEAT_LLM_TIMEOUT": "12.5", "HOTSEAT_KERNEL_POOL": "0",
        "HOTSEAT_CODE_TIMEOUT": "20", "HOTSEAT_UNSAFE_NO_SANDBOX": "1", "HOTSEAT_MIN_FREE_MB": "500"})
    assert settings.rubric_dir == Path("my-rubric")
    assert settings.allowed_origins == {"https://a.example", "https://b.example"}
    assert settings.llm == LLMSettings("openai/llama3.1", "http://localhost:11434/v1", KEY, 12.5)
    assert (settings.pool_size, settings.code_timeout, settings.unsafe_no_sandbox) == (0, 20.0, True)
    assert settings.min_free_mb == 500 and Settings.from_env({}).min_free_mb == 64
    assert Settings.from_env({"HOTSEAT_LLM_MODEL": "anthropic/claude-3-5-haiku-latest"}).llm.timeout == 30.0


def test_command_line_flags_win_over_the_environment():
    settings = Settings.from_env({"HOTSEAT_CODE_TIMEOUT": "20"}, code_timeout=3.0, unsafe_no_sandbox=None)
    assert settings.code_timeout == 3.0 and settings.unsafe_no_sandbox is False


@pytest.mark.parametrize("name, bad", [("HOTSEAT_LLM_TIMEOUT", "soon"), ("HOTSEAT_LLM_TIMEOUT", "0"),
                                       ("HOTSEAT_LLM_TIMEOUT", "-3"), ("HOTSEAT_CODE_TIMEOUT", "inf"),
                                       ("HOTSEAT_CODE_TIMEOUT", "nan"), ("HOTSEAT_KERNEL_POOL", "two"),
                                       ("HOTSEAT_KERNEL_POOL", "-1"), ("HOTSEAT_UNSAFE_NO_SANDBOX", "maybe"),
                                       ("HOTSEAT_MIN_FREE_MB", "lots"), ("HOTSEAT_MIN_FREE_MB", "-5")])
def test_a_wrong_value_is_reported_with_its_name(name, bad):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({"HOTSEAT_LLM_MODEL": "openai/gpt-4o-mini", name: bad})


def test_the_command_refuses_a_wrong_value_before_doing_anything():
    done = subprocess.run([sys.executable, "-m", "server.cli", "exercises"], cwd=ROOT, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "HOTSEAT_CODE_TIMEOUT": "ten"}, timeout=60)
    assert done.returncode == 2 and "HOTSEAT_CODE_TIMEOUT must be a positive number" in done.stderr


def test_no_module_but_the_settings_reads_hotseat_variables():
    readers = set()
    for path in ROOT.glob("*/**/*.py"):
        if path.parts[len(ROOT.parts)] in ("server", "interviewer", "rubric", "reference", "clients"):
            if re.search(r"environ(\.get)?\(?\[?\s*['\"]HOTSEAT_|getenv\(\s*['\"]HOTSEAT_", path.read_text()):
                readers.add(path.relative_to(ROOT).as_posix())
    assert readers <= {"server/settings.py"}


def test_the_edge_settings_are_read_with_generous_defaults():
    defaults = Settings.from_env({})
    assert defaults.allowed_hosts == frozenset() and defaults.request_timeout == 10.0
    assert (defaults.session_bytes_per_minute, defaults.sessions_per_owner_hour, defaults.sessions_per_owner_day,
            defaults.sessions_per_minute, defaults.sessions_burst, defaults.admin_attempts_per_minute,
            defaults.unfinished_per_client) == (8 << 20, 30, 100, 30.0, 60, 10, 64)
    settings = Settings.from_env({
        "HOTSEAT_ALLOWED_HOSTS": "Interview.Example, 192.168.1.20:8000,[2001:db8::1]", "HOTSEAT_REQUEST_TIMEOUT": "3",
        "HOTSEAT_UNFINISHED_PER_CLIENT": "8", "HOTSEAT_SESSION_BYTES_PER_MINUTE": "1000",
        "HOTSEAT_SESSIONS_PER_OWNER_HOUR": "2", "HOTSEAT_SESSIONS_PER_OWNER_DAY": "5",
        "HOTSEAT_SESSIONS_PER_MINUTE": "0.5", "HOTSEAT_SESSIONS_BURST": "3", "HOTSEAT_ADMIN_ATTEMPTS_PER_MINUTE": "4"})
    assert settings.allowed_hosts == {"interview.example", "192.168.1.20:8000", "[2001:db8::1]"}
    assert (settings.request_timeout, settings.unfinished_per_client, settings.session_bytes_per_minute,
            settings.sessions_per_owner_hour, settings.sessions_per_owner_day, settings.sessions_per_minute,
            settings.sessions_burst, settings.admin_attempts_per_minute) == (3.0, 8, 1000, 2, 5, 0.5, 3, 4)


@pytest.mark.parametrize("name, bad", [("HOTSEAT_ALLOWED_HOSTS", "http://interview.example"),
                                       ("HOTSEAT_ALLOWED_HOSTS", "interview.example/path"),
                                       ("HOTSEAT_ALLOWED_HOSTS", "a.example:99999"),
                                       ("HOTSEAT_REQUEST_TIMEOUT", "0"), ("HOTSEAT_SESSIONS_BURST", "0"),
                                       ("HOTSEAT_SESSION_BYTES_PER_MINUTE", "lots")])
def test_a_wrong_edge_setting_is_reported_with_its_name(name, bad):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: bad})


def test_the_gateway_settings(tmp_path):
    from kernels.gateway import GatewayConfig

    assert Settings.from_env({}).gateway is None
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    settings = Settings.from_env({"HOTSEAT_GATEWAY_URL": "https://gw.example:8888/base",
                                  "HOTSEAT_GATEWAY_TOKEN": "t0ken", "HOTSEAT_GATEWAY_KERNEL": "hotseat-numpy",
                                  "HOTSEAT_GATEWAY_CA_BUNDLE": str(bundle), "HOTSEAT_GATEWAY_START_TIMEOUT": "90",
                                  "HOTSEAT_GATEWAY_KERNEL_ENV": "KERNEL_NAMESPACE=hotseat-kernels, KERNEL_UID=10001"})
    assert settings.gateway == GatewayConfig("https://gw.example:8888/base", token="t0ken",
                                             kernel_name="hotseat-numpy", ca_bundle=str(bundle), start_timeout=90.0,
                                             kernel_env=(("KERNEL_NAMESPACE", "hotseat-kernels"),
                                                         ("KERNEL_UID", "10001")))
    assert "t0ken" not in repr(settings.gateway.describe())
    assert Settings.from_env({"HOTSEAT_GATEWAY_URL": "http://127.0.0.1:8888"}).gateway.kernel_name == "python3"


@pytest.mark.parametrize("env, name", [
    ({"HOTSEAT_GATEWAY_URL": "gw.example:8888"}, "HOTSEAT_GATEWAY_URL"),
    ({"HOTSEAT_GATEWAY_URL": "http://gw.example?token=x"}, "HOTSEAT_GATEWAY_URL"),
    ({"HOTSEAT_GATEWAY_URL": "https://gw.example", "HOTSEAT_GATEWAY_CA_BUNDLE": "/no/such/ca.pem"},
     "HOTSEAT_GATEWAY_CA_BUNDLE"),
    ({"HOTSEAT_GATEWAY_URL": "https://gw.example", "HOTSEAT_GATEWAY_START_TIMEOUT": "0"},
     "HOTSEAT_GATEWAY_START_TIMEOUT"),
    ({"HOTSEAT_GATEWAY_TOKEN": "t0ken"}, "HOTSEAT_GATEWAY_TOKEN"),
    ({"HOTSEAT_GATEWAY_URL": "https://gw.example", "HOTSEAT_GATEWAY_KERNEL_ENV": "OPENAI_API_KEY=sk-1"},
     "HOTSEAT_GATEWAY_KERNEL_ENV"),
    ({"HOTSEAT_GATEWAY_URL": "https://gw.example", "HOTSEAT_GATEWAY_KERNEL_ENV": "KERNEL_X"},
     "HOTSEAT_GATEWAY_KERNEL_ENV"),
])
def test_a_wrong_gateway_setting_is_reported_with_its_name(env, name):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env(env)
