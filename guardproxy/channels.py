"""The channel interface the codecs see: what kinds of text a response carries, and how a codec
gets a channel to scan one.

A codec knows where an API keeps its texts; the policy knows what to look for in each kind of
text. They meet here, below both, so that no codec imports the policy, its rules or its
detectors: a codec asks a ``ChannelFactory`` for a channel of a kind, feeds it text and writes
back what it releases. ``policy.ChannelFactory`` is the implementation the proxy hands over.

Kinds (rules select them in their `channels`):

* ``reasoning`` - the chain of thought: reasoning fields, thinking blocks, summaries, inline
  `<think>`;
* ``content`` - the answer, and every other string a response carries that is neither
  reasoning, a tool call nor reviewed protocol metadata (default-deny: unknown fields, errors,
  citations, refusals are scanned as answer text);
* ``tools`` - tool calls the model writes: their arguments (each JSON string inside them) and
  names, custom tool input, code sent to a code interpreter.
"""

from __future__ import annotations

from typing import Literal, Protocol, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from guardproxy.think_formats import DEFAULT_FORMAT, PRESETS, ThinkFormat, choose

__all__ = ["CHANNEL_KINDS", "Channel", "ChannelFactory", "ChannelKind", "InlineThink"]

ChannelKind = Literal["reasoning", "content", "tools"]
CHANNEL_KINDS: tuple[ChannelKind, ...] = get_args(ChannelKind)


class Channel(Protocol):
    """One text scanned as it streams: ``feed(text) -> released``, then ``flush() ->
    released`` when the text ends; ``held`` characters are received but not yet released."""

    @property
    def held(self) -> int: ...

    def feed(self, text: str) -> str: ...

    def flush(self) -> str: ...


class ChannelFactory(Protocol):
    """A new channel of a kind, for one response: all share its request's prompt. A
    ``shared`` one (every text of a response: a track, a value's strings the walker scans, an
    error body) joins the response's leak state of its kind, so a run goes on across the
    shared channels of a kind, in arrival order, and a drop lasts; one that is not (a text
    scanned alone: `guardproxy scan`, policy tests) is a text of its own. A ``copy`` (a text
    that repeats another one, as it streams) starts from the kind's state but is not read into
    it: its words would read twice."""

    def __call__(self, kind: ChannelKind, *, shared: bool = False,
                 copy: bool = False) -> Channel: ...


class InlineThink(BaseModel):
    """How reasoning written inline in the answer (`<think>...</think>`, Granite's "Here is my
    thought process:", harmony channels) is split into reasoning and answer: the markers of a
    model family (guardproxy.think_formats), chosen by the request's model name (`auto`) or
    named."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    # Templates that pre-fill `<think>` (Qwen3-2507, Qwen3.5, DeepSeek-R1) make the model emit
    # only `</think>`: with `prefilled: true` content before a lone `</think>` is reasoning.
    # A response with reasoning in a field of its own comes from a server that parses it out:
    # its content is answer either way (codecs.tracks.Texts).
    prefilled: bool = False
    # `auto`: the first format whose `models` match the request's model name (the policy's
    # `formats`, then the shipped presets), `think` for any other; or a format's name.
    format: str = "auto"
    formats: dict[str, ThinkFormat] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_format(self) -> InlineThink:
        if self.format != "auto" and self.format not in self.formats \
                and self.format not in PRESETS:
            raise ValueError(f"format {self.format!r}: not `auto`, a preset "
                             f"({', '.join(PRESETS)}) or one of `formats`")
        return self

    def for_model(self, model: str | None) -> InlineThink:
        """The setting for a request naming ``model``: `auto` resolved to a format's name."""
        if self.format != "auto":
            return self
        return self.model_copy(update={"format": choose(self.formats, model)})

    def markers(self) -> ThinkFormat:
        """The format in force (`auto` not yet resolved: `think`), ``prefilled`` settled."""
        name = DEFAULT_FORMAT if self.format == "auto" else self.format
        fmt = self.formats.get(name) or PRESETS[name]
        if fmt.prefilled is None:
            fmt = fmt.model_copy(update={"prefilled": self.prefilled})
        return fmt
