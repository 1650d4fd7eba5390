"""docs/policies.md documents every field of the policy schema."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from guardproxy.policy_schema import Policy

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
