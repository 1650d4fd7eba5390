"""Token log-probabilities: they repeat every token's text (reasoning and answer as the model
wrote them, alternatives too), which no channel scans. So no upstream is asked for them, and any
an upstream sends anyway are withheld: codecs.walk empties them where they appear, at any depth,
on the parsed keys of SSE events, NDJSON lines and whole bodies (whatever escapes spell them).
"""

from __future__ import annotations

from typing import Any

__all__ = ["LOGPROB_KEYS", "without_logprob_requests"]

LOGPROB_KEYS = frozenset({"logprobs", "top_logprobs"})


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
