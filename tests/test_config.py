"""config.Settings: the one definition of serve's settings, and the README table made from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from guardproxy.config import Settings, env_var, flag, settings_table, shown_default

ROOT = Path(__file__).resolve().parents[1]
FIELDS = sorted(Settings.model_fields)


@pytest.mark.parametrize("name", FIELDS)
def test_every_field_is_described(name: str) -> None:
    description = Settings.model_fields[name].description
    assert description and description.endswith(".")


@pytest.mark.parametrize("name", FIELDS)
def test_the_default_shown_is_the_default(name: str) -> None:
    """What --help and the README show as the default parses back to the very default."""
    shown = shown_default(name)
    default = Settings.model_fields[name].default
    if shown is None:
        assert default in (None, ())
    elif isinstance(default, bool):
        assert shown == ("on" if default else "off")
    else:
        assert getattr(Settings.model_validate({name: shown}), name) == default


@pytest.mark.parametrize(("name", "option", "variable"), [
    ("admin_port", "--admin-port", "GUARDPROXY_ADMIN_PORT"),
    ("replay_max_entry_bytes", "--replay-max-entry-bytes", "GUARDPROXY_REPLAY_MAX_ENTRY_BYTES"),
    ("upstream", "--upstream", "GUARDPROXY_UPSTREAM"),
])
def test_flag_and_variable_names_come_from_the_field(name: str, option: str,
                                                     variable: str) -> None:
    assert (flag(name), env_var(name)) == (option, variable)


@pytest.mark.parametrize(("given", "size"), [
    ("8MiB", 8 << 20), ("64 KiB", 64 << 10), ("1GB", 10**9), ("4096", 4096), (2048, 2048),
])
def test_sizes_take_units(given: object, size: int) -> None:
    assert Settings.model_validate({"max_request_bytes": given}).max_request_bytes == size


@pytest.mark.parametrize(("values", "message"), [
    ({"max_request_bytes": "1KB"}, "greater than or equal to 1024"),  # 1000 bytes
    ({"port": 65536}, "less than or equal to 65535"),
    ({"graceful_shutdown": -1}, "greater than or equal to 0"),
    ({"replay_store": "mem://:hunter2@cache"}, "must be memory, off, or a redis://"),
    ({"audit_key": "hunter2"}, "at least 16 characters"),
    ({"store_key": "hunter2"}, "at least 16 characters"),
    ({"routes": ["GET /v1/foo frward"]}, "routes[0]: 'GET /v1/foo frward': unknown action"),
    ({"policy": "/nonexistent/policy.yaml"}, "no such file or directory"),
    ({"log_level": "verbose"}, "'debug', 'info', 'warning' or 'error'"),
    ({"max_choices": 8, "n": 2}, "Extra inputs are not permitted"),
])
def test_bad_values_are_refused_without_echoing_them(values: dict[str, object],
                                                     message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings.model_validate(values)
    [error] = raised.value.errors()
    assert message in error["msg"]
    assert "hunter2" not in error["msg"]


def test_the_readme_configuration_table_is_the_settings_table() -> None:
    readme = (ROOT / "README.md").read_text()
    table = settings_table()
    assert table in readme, (
        "README.md's Configuration table differs from config.Settings; paste the output of\n"
        "python -c 'from guardproxy.config import settings_table; print(settings_table())'\n"
        + table)


def test_the_table_has_a_row_per_field_with_its_default() -> None:
    rows = settings_table().splitlines()[2:]
    assert len(rows) == len(Settings.model_fields)
    assert "| `--max-request-bytes` | `GUARDPROXY_MAX_REQUEST_BYTES` | `8MiB` |" in rows[
        list(Settings.model_fields).index("max_request_bytes")]
    assert "| `--watch/--no-watch` | `GUARDPROXY_WATCH` | `on` |" in settings_table()
    assert "| `--upstream` | `GUARDPROXY_UPSTREAM` | unset |" in settings_table()
