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

from pydantic import BaseModel, ConfigDict

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
    ``shared`` one (a text the client accumulates: a track) joins the response's leak state of
    its kind, so a run goes on across the shared channels of a kind and a drop lasts; a one-off
    scan (a value's metadata strings, an error body) is a text of its own."""

    def __call__(self, kind: ChannelKind, *, shared: bool = False) -> Channel: ...


class InlineThink(BaseModel):
    """How `<think>...</think>` inside `content` is split into reasoning and answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    # Templates that pre-fill `<think>` (Qwen3-2507, DeepSeek-R1) make the model emit only
    # `</think>`: with `prefilled: true` content before a lone `</think>` is reasoning.
    prefilled: bool = False
