"""The docs: docs/policies.md documents every field of the policy schema, and every example
in README.md and docs/ runs as shown."""

from __future__ import annotations

import itertools
import json
import logging
import re
import shlex
import typing
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pydantic import BaseModel

from guardproxy.audit import AuditLog, JsonFormatter
from guardproxy.checks import run_case
from guardproxy.cli import main
from guardproxy.config import Settings
from guardproxy.policy_load import default_policy_path, load_policy
from guardproxy.policy_schema import Policy
from guardproxy.proxy import BLOCKED_MESSAGE, BLOCKED_STATUS, codecs_for
from guardproxy.sanitizer import Region

DOC = (Path(__file__).resolve().parents[1] / "docs" / "policies.md").read_text()


def models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in models_in(arg)]


def fields(model: type[BaseModel], prefix: str = "") -> set[str]:
    names: set[str] = set()
    for name, info in model.model_fields.items():
        nested = models_in(info.annotation)
        names.add(f"{prefix}{name}")
        for sub in nested:
            # Lists of models (rules, tests) document their fields by bare name.
            is_list = typing.get_origin(info.annotation) is list
            names |= fields(sub, "" if is_list else f"{prefix}{name}.")
    return names


@pytest.mark.parametrize("field", sorted(fields(Policy)))
def test_every_field_is_documented(field: str) -> None:
    assert f"`{field}`" in DOC


def test_every_detector_has_a_section() -> None:
    for rule in models_in(Policy.model_fields["rules"].annotation):
        detector = typing.get_args(rule.model_fields["detector"].annotation)[0]
        assert f"### `{detector}`" in DOC


# --- the docs' examples run -----------------------------------------------------------------
#
# Every fenced example in README.md and docs/ is taken for what it shows: YAML policies (whole,
# a rule list, a fragment) load with the real loader and their test cases pass; the
# `guardproxy` command lines run (check, scan, demo) or at least parse (serve) and exit 0;
# JSON parses, and an audit record has the fields the audit log writes; the error shapes of
# docs/actions.md are the codecs' own. Compared as parsed values, not as strings.

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```([\w-]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SHELLS = {"bash", "sh", "shell", "console"}
# A fragment is wrapped into this policy; a fragment's own keys replace its.
MINIMAL: dict[str, Any] = {
    "version": 1, "name": "docs-example",
    "rules": [{"id": "system-prompt", "detector": "prompt_leak",
               "channels": ["reasoning", "content"]}],
}


@dataclass(frozen=True)
class Block:
    file: Path
    line: int
    lang: str
    text: str

    def __str__(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line}"


def fenced(*langs: str) -> list[Block]:
    found = []
    for file in DOC_FILES:
        text = file.read_text()
        for match in FENCE.finditer(text):
            if match.group(1) in langs:
                line = text.count("\n", 0, match.start()) + 1
                found.append(Block(file, line, match.group(1), match.group(2)))
    return found


def as_policy(document: Any) -> dict[str, Any] | None:
    """The whole policy an example shows or implies, or None when it shows no policy."""
    if isinstance(document, list) and document and all(
            isinstance(rule, dict) and "detector" in rule for rule in document):
        return {**MINIMAL, "rules": document}  # a rule list
    if not isinstance(document, dict):
        return None
    if "detector" in document:
        return {**MINIMAL, "rules": [document]}  # one rule
    if "version" in document or set(document) <= set(Policy.model_fields):
        return {**MINIMAL, **document}  # whole, or top-level keys (`tests:`)
    return None


YAML_BLOCKS = fenced("yaml", "yml")


def test_the_docs_have_yaml_examples() -> None:
    assert len(YAML_BLOCKS) >= 8  # the collection works: a broken fence regex finds none


@pytest.mark.parametrize("block", YAML_BLOCKS, ids=str)
def test_every_yaml_policy_example_loads_and_its_cases_pass(
    block: Block, tmp_path: Path
) -> None:
    document = yaml.safe_load(block.text)
    if isinstance(document, dict) and {"apiVersion", "kind"} <= set(document):
        return  # a Kubernetes manifest, checked by test_deploy.py where it is a file
    policy = as_policy(document)
    assert policy is not None, f"{block}: a yaml example that is no policy, rule or fragment"
    file = tmp_path / "example.yaml"
    file.write_text(yaml.safe_dump(policy, allow_unicode=True))
    compiled = load_policy(file)  # raises PolicyError naming what is wrong
    failed = [r for r in map(partial(run_case, compiled), compiled.policy.tests) if not r.ok]
    assert failed == []
    first = block.text.splitlines()[0]
    if (shown := ROOT / first.removeprefix("# ").strip()).is_file() and first.startswith("#"):
        assert document == yaml.safe_load(shown.read_text()), f"{block} differs from {shown}"


def command_lines(block: Block) -> list[list[str]]:
    """The commands of a shell block: continuation lines joined, comments dropped, `&&` and
    `|` as separators (kept as tokens)."""
    text = block.text.replace("\\\n", " ")
    commands = []
    for line in text.splitlines():
        lexer = shlex.shlex(line.strip(), posix=True, punctuation_chars="&|")
        lexer.whitespace_split, lexer.commenters = True, "#"
        commands.append(list(lexer))
    return [c for c in commands if c]


@dataclass(frozen=True)
class Command:
    block: Block
    args: tuple[str, ...]  # after `guardproxy`
    stdin: str | None  # what `echo TEXT |` in front of it gives it

    def __str__(self) -> str:
        return f"{self.block} guardproxy {' '.join(self.args)}"


def guardproxy_commands() -> list[Command]:
    found = []
    for block in fenced(*SHELLS):
        for tokens in command_lines(block):
            # (separator before, words): `a && b | c` is ("", a), ("&&", b), ("|", c)
            segments: list[tuple[str, list[str]]] = [("", [])]
            for token in tokens:
                if token in ("&&", "|"):
                    segments.append((token, []))
                else:
                    segments[-1][1].append(token)
            for (_, before), (separator, words) in itertools.pairwise([("", []), *segments]):
                if words[:1] != ["guardproxy"]:
                    continue
                echoed = separator == "|" and before[:1] == ["echo"]
                stdin = " ".join(before[1:]) + "\n" if echoed else None
                found.append(Command(block, tuple(words[1:]), stdin))
    return found


COMMANDS = guardproxy_commands()


def test_the_docs_show_every_offline_command() -> None:
    assert {c.args[0] for c in COMMANDS} >= {"check", "scan", "demo", "serve"}


@pytest.mark.parametrize("command", COMMANDS, ids=str)
def test_every_guardproxy_command_shown_runs_and_exits_0(
    command: Command, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check, scan and demo run offline, in the repository (their paths are its paths);
    serve is only parsed (its options converted and checked, its files found)."""
    monkeypatch.chdir(ROOT)
    name, *rest = command.args
    if name == "serve":
        context = main.make_context("guardproxy", list(command.args))
        serve = main.get_command(context, name)
        assert serve is not None
        serve.make_context(name, rest, parent=context)  # raises on a bad option or path
        return
    result = CliRunner().invoke(main, list(command.args), input=command.stdin)
    assert result.exit_code == 0, f"{command}: {result.output}"
    if name == "scan" and "--json" in rest:
        spans = json.loads(result.stdout)["spans"]
        assert spans and all(set(s) == {"rule", "rules", "start", "end"} for s in spans)


JSON_BLOCKS = fenced("json")


def test_the_docs_have_json_examples() -> None:
    assert JSON_BLOCKS


def audit_record_fields(caplog: pytest.LogCaptureFixture) -> set[str]:
    """The keys of a real audit record, as the JSON log format writes it."""
    caplog.set_level(logging.INFO, logger="guardproxy.audit")
    AuditLog().detection("req-1", "chat_completions", load_policy(default_policy_path()),
                         "reasoning", "redact", Region(0, 4, 0, text="text"))
    (record,) = [r for r in caplog.records if r.name == "guardproxy.audit"]
    return set(json.loads(JsonFormatter().format(record)))


@pytest.mark.parametrize("block", JSON_BLOCKS, ids=str)
def test_every_json_example_parses(block: Block, caplog: pytest.LogCaptureFixture) -> None:
    lines = [line for line in block.text.splitlines() if line.strip()]
    for line in lines:  # one JSON value per line: log records, NDJSON
        value = json.loads(line)
        if isinstance(value, dict) and value.get("logger") == "guardproxy.audit":
            assert set(value) == audit_record_fields(caplog)


ACTIONS = (ROOT / "docs" / "actions.md").read_text()
CODECS = codecs_for(Settings())


def table(text: str, header: str) -> list[list[str]]:
    """The rows of the markdown table whose header row is ``header``, as cells."""
    lines = text.splitlines()
    start = lines.index(header) + 2  # past the header and the |---| line
    rows = []
    for line in itertools.takewhile(lambda x: x.startswith("|"), lines[start:]):
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def spans(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def same_line(shown: str, real: str) -> bool:
    """An event line as the doc shows it and as the codec writes it: the same field, and
    the same value (JSON compared parsed)."""
    field, _, value = shown.partition(": ") if not shown.startswith("{") else ("", "", shown)
    real_field, _, real_value = real.partition(": ") if not real.startswith("{") else (
        "", "", real)
    if field != real_field:
        return False
    if value.startswith("{"):
        return bool(json.loads(value) == json.loads(real_value))
    return value == real_value


def test_the_documented_error_bodies_are_what_each_codec_sends() -> None:
    rows = table(ACTIONS, "| route | codec | body |")
    seen = set()
    for _, codecs, body in rows:
        (shown,) = spans(body)
        for route in spans(codecs):
            seen.add(route)
            assert json.loads(shown) == CODECS[route].error_body(
                BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked"), route
    assert seen == set(CODECS)


def test_the_documented_error_events_are_what_each_codec_sends() -> None:
    rows = table(ACTIONS, "| codec | last event(s) |")
    seen = set()
    for codecs, events in rows:
        shown = [s for s in spans(events) if s.startswith(("event:", "data:", "{"))]
        for route in spans(codecs):
            seen.add(route)
            real = CODECS[route].error_event(BLOCKED_STATUS, BLOCKED_MESSAGE,
                                             "guardproxy_blocked").decode().splitlines()
            real = [line for line in real if line]
            assert len(shown) == len(real), route
            assert all(map(same_line, shown, real)), (route, shown, real)
    assert seen == set(CODECS)


def markdown_tables(text: str) -> list[list[str]]:
    """Runs of consecutive table lines (outside code blocks)."""
    text = FENCE.sub("", text)
    runs: list[list[str]] = []
    for is_table, lines in itertools.groupby(text.splitlines(), lambda x: x.startswith("|")):
        if is_table:
            runs.append(list(lines))
    return runs


@pytest.mark.parametrize("file", DOC_FILES, ids=lambda f: str(f.relative_to(ROOT)))
def test_every_table_is_whole(file: Path) -> None:
    """A header, its `|---|` line, and rows of as many cells: a stray line inside a table
    splits it, and its second part renders as text."""
    for rows in markdown_tables(file.read_text()):
        assert len(rows) >= 2 and re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", rows[1]), rows[0]
        width = rows[1].count("|")
        assert [r for r in rows if len(re.sub(r"`[^`]*`", "", r).split("|")) - 1 != width] == []
