"""Text tracks: what every codec does with the texts of one response.

A track is one text as the client accumulates it: a choice's reasoning, a thinking block, a
summary part, a tool call's text (``Texts.tool``; codecs.arguments lexes JSON arguments over
one). Its channel is created on the first text, flushed when the API says the text ends, and
started afresh if more text comes later (a new channel still continues its kind's leak state:
sanitizer.KindState). ``InlineText`` is an answer text that may
carry `<think>...</think>` reasoning inline: two tracks and the splitter between them.

A reasoning track that may be replayed also keeps, within a byte bound, what went in and what
came out: if they differ, the track ends the text with the response's nonce (replay.new_mark:
invisible characters) and the codec records the original (replay.py), under a digest of what
the client received, nonce included, so that it can be restored when the client sends the
text back, and only then.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from guardproxy.channels import Channel, ChannelFactory, ChannelKind, InlineThink
from guardproxy.replay import Recorder
from guardproxy.think import Part, ThinkSplitter

__all__ = ["Edit", "InlineText", "Texts", "Track"]

log = logging.getLogger("guardproxy.codecs")

Edit = tuple[bytes, str]  # (sha256 of the text the client received, the original text)


class Track:
    """One text of a response; ``keep`` > 0 keeps up to that many bytes of it for replay,
    and ``mark`` ends it (once) if the client receives something other than the original."""

    def __init__(self, new_channel: ChannelFactory, kind: ChannelKind, keep: int = 0,
                 mark: str = "", *, copy: bool = False,
                 started: Callable[[], None] | None = None) -> None:
        self._new_channel = new_channel
        self._started = started  # called when text goes in after a fresh start
        self._kind = kind
        self._copy = copy  # it repeats another track's text (channels.ChannelFactory)
        self._channel: Channel | None = None
        self.max_held = 0
        self._keep = keep
        self._original: list[str] = []
        self._kept = 0  # bytes of _original
        # What the client received, while the original is kept: compared (and hashed) once,
        # when the track is done, not token by token.
        self._released: list[str] | None = [] if keep else None
        self._deferred = ""  # text the next feed takes in with its own (see ``defer``)
        self._mark = mark

    @property
    def open(self) -> bool:
        """Whether a channel is running (text went in since the last flush)."""
        return self._channel is not None or bool(self._deferred)

    def defer(self, text: str) -> None:
        """Hand ``text`` to the channel with the next feed's: consecutive events of one text in
        one upstream read are scanned in one call (their output leaves in one write anyway,
        and the channel's output never depends on how its text is cut)."""
        self._deferred += text

    def feed(self, text: str) -> str:
        if self._deferred:
            text, self._deferred = self._deferred + text, ""
        if not text:
            return ""
        if self._channel is None:
            self._channel = self._new_channel(self._kind, shared=True, copy=self._copy)
            if self._started is not None:
                self._started()
        released = self._channel.feed(text)
        self.max_held = max(self.max_held, self._channel.held)
        if self._released is not None:
            self._note(text, released)
        return released

    def flush(self) -> str:
        """End the text for now: release what is held; later text starts a fresh channel."""
        head = self.feed("") if self._deferred else ""
        channel, self._channel = self._channel, None
        if channel is None:
            return head
        released = channel.flush()
        if self._released is not None:
            self._released.append(released)
            # Edited so far: the text ends with the nonce the replay key needs (again after
            # text that came after an earlier flush, so that it always ends with it).
            if self._mark and "".join(self._released) != "".join(self._original):
                released += self._mark
                self._released.append(self._mark)
        return head + released

    def take_edit(self) -> Edit | None:
        """What the client received and the original, when they differ (after a flush); once:
        the track keeps nothing more for replay afterwards."""
        if self._released is None:
            return None
        original = "".join(self._original)
        released = "".join(self._released)
        self._released = None
        self._original.clear()
        if released == original:
            return None
        return hashlib.sha256(released.encode()).digest(), original

    def _note(self, text: str, released: str) -> None:
        assert self._released is not None
        self._released.append(released)
        self._kept += len(text) if text.isascii() else len(text.encode())
        if self._kept > self._keep:
            # Too long to keep: the client's replay of it will go upstream as it received it.
            log.info("replay: a reasoning text over %d bytes is not kept", self._keep)
            self._released = None
            self._original.clear()
            return
        self._original.append(text)


class InlineText:
    """An answer text that may hold `<think>...</think>`: reasoning and answer on two tracks,
    the tags passed through as they came (clients expect them)."""

    def __init__(self, new_channel: ChannelFactory, think: InlineThink) -> None:
        self._splitter = ThinkSplitter(think.markers()) if think.enabled else None
        self.think = Track(new_channel, "reasoning")
        self.answer = Track(new_channel, "content")

    def parsed_elsewhere(self) -> None:
        """The server sent reasoning in a field of its own (think.ThinkSplitter)."""
        if self._splitter is not None:
            self._splitter.parsed_elsewhere()

    @property
    def max_held(self) -> int:
        return max(self.think.max_held, self.answer.max_held)

    def feed(self, text: str, on_answer: Callable[[], None]) -> str:
        """``on_answer`` runs before answer text is fed: reasoning elsewhere must end first."""
        if self._splitter is None:
            on_answer()
            return self.answer.feed(text)
        return "".join(self._part(p, t, on_answer) for p, t in self._splitter.feed(text))

    def flush(self, on_answer: Callable[[], None]) -> str:
        tail = [self._part(p, t, on_answer) for p, t in self._splitter.flush()] \
            if self._splitter is not None else []
        tail.append(self.think.flush())
        tail.append(self.answer.flush())
        return "".join(tail)

    def _part(self, part: Part, text: str, on_answer: Callable[[], None]) -> str:
        if part is Part.REASONING:
            return self.think.feed(text)
        if part is Part.CLOSE:  # reasoning ends (at a close marker, or before an implicit end)
            return self.think.flush() + text
        if part is Part.TAG:
            return text
        on_answer()
        return self.answer.feed(text)


class Texts:
    """The tracks of one response: made here so that hold-back and replay are seen in one
    place. ``recorder`` is None when replay is off."""

    def __init__(
        self, new_channel: ChannelFactory, think: InlineThink, recorder: Recorder | None
    ) -> None:
        self._new_channel = new_channel
        self._think = think
        self._recorder = recorder
        self._tracks: list[Track | InlineText] = []
        self._parsed = False  # reasoning came in a field of its own

    @property
    def max_held(self) -> int:
        return max((t.max_held for t in self._tracks), default=0)

    def reasoning(self, *, replayed: bool = True, copy: bool = False) -> Track:
        """A reasoning track; ``replayed`` ones keep their original for replay, a ``copy``
        repeats another reasoning track's text."""
        recorder = self._recorder if replayed else None
        track = Track(self._new_channel, "reasoning", recorder.max_entry_bytes,
                      recorder.mark, copy=copy, started=self._parsed_elsewhere) if recorder \
            else Track(self._new_channel, "reasoning", copy=copy,
                       started=self._parsed_elsewhere)
        self._tracks.append(track)
        return track

    def answer(self) -> Track:
        track = Track(self._new_channel, "content")
        self._tracks.append(track)
        return track

    def tool(self) -> Track:
        """A tool call's free text (custom tool input, code for an interpreter)."""
        track = Track(self._new_channel, "tools")
        self._tracks.append(track)
        return track

    def inline(self) -> InlineText:
        text = InlineText(self._new_channel, self._think)
        if self._parsed:
            text.parsed_elsewhere()
        self._tracks.append(text)
        return text

    def _parsed_elsewhere(self) -> None:
        """A server that sends reasoning in a field of its own parses it out of the content:
        a pre-filled `<think>` (``inline_think.prefilled``) does not apply to that content."""
        self._parsed = True
        for track in self._tracks:
            if isinstance(track, InlineText):
                track.parsed_elsewhere()

    def record(self, kind: str, track: Track, tag: str = "", **extra: str) -> None:
        """Keep the track's original if the client received something else (once the track
        is flushed for good; later calls record nothing). ``tag`` is what else the client sends
        back with the text (a signature); ``extra`` is restored beside the text."""
        edit = track.take_edit()
        if edit is not None and self._recorder is not None:
            digest, original = edit
            self._recorder.add(kind, digest, {"text": original, **extra}, tag)
