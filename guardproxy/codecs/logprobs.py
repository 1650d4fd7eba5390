"""Token log-probabilities: they repeat every token's text (reasoning and answer as the model
wrote them, alternatives too), which no channel scans. So no upstream is asked for them, and any
an upstream sends anyway are withheld: emptied where they appear, at any depth, in SSE events,
NDJSON lines and whole bodies.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from guardproxy.sse import SSEEvent, reencode

__all__ = [
    "LOGPROB_KEYS",
    "has_logprobs",
    "without_logprob_requests",
    "without_logprobs",
    "without_logprobs_event",
]

LOGPROB_KEYS = frozenset({"logprobs", "top_logprobs"})
# Where an event or body may carry some: a key with a value other than null, [], false or 0.
_SOME_LOGPROBS = re.compile(rb'"(?:top_)?logprobs"\s*:(?!\s*(?:null\b|false\b|0\b|\[\s*\]))')


def without_logprob_requests(request: Any) -> dict[str, Any] | None:
    """The request without what asks for log-probabilities (``logprobs``, ``top_logprobs``,
    the Responses API's ``include`` entries for them); None when it asks for none."""
    if not isinstance(request, dict):
        return None
    include = request.get("include")
    asked = [i for i in include if isinstance(i, str) and "logprobs" in i] \
        if isinstance(include, list) else []
    if not asked and LOGPROB_KEYS.isdisjoint(request):
        return None
    out = {k: v for k, v in request.items() if k not in LOGPROB_KEYS}
    if asked:
        out["include"] = [i for i in request["include"] if i not in asked]
    return out


def has_logprobs(raw: bytes) -> bool:
    """Whether a JSON text may carry log-probabilities (a fast check on its bytes)."""
    return _SOME_LOGPROBS.search(raw) is not None


def without_logprobs(value: Any) -> Any:
    """A JSON value with every log-probability list emptied and every other one nulled."""
    if isinstance(value, dict):
        return {k: (([] if isinstance(v, list) else None) if k in LOGPROB_KEYS
                    else without_logprobs(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [without_logprobs(v) for v in value]
    return value


def without_logprobs_event(event: SSEEvent) -> SSEEvent:
    """An SSE event whose JSON data carries no log-probabilities (one that is not JSON is left
    for its codec to refuse)."""
    assert event.data is not None
    try:
        value = orjson.loads(event.data)
    except orjson.JSONDecodeError:
        return event  # the codec refuses it
    data = orjson.dumps(without_logprobs(value)).decode()
    return SSEEvent(reencode(event, data), data, event.event, event.id, event.retry,
                    event.comments)
