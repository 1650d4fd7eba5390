"""guardproxy: a streaming reverse proxy that redacts what reasoning models leak.

Layers, bottom up; a module imports only from its own layer and those below it
(``tests/test_layers.py`` checks this against the imports):

1. Text and framing: ``sse`` (SSE framing), ``think`` and ``think_formats`` (inline reasoning
   markers, per model family), ``normalize`` and ``segment`` (what a reader sees, in words and
   sentences), ``regex_guard``, ``yamlpos``,
   ``chat_templates``, ``routes`` (the route table), ``upstream`` (the HTTP transport),
   ``extras`` (optional dependencies).
2. Channels: ``sanitizer`` (per-channel streaming redaction, the feed/flush contract),
   ``visible`` (detectors reading a channel's visible characters) and ``channels`` (channel
   kinds and the factory the codecs are handed).
3. ``detectors``: what to redact.
4. State: ``sealing`` (AES-GCM at rest), ``replay``, ``stored_prompts`` and ``leak_budget``
   (what outlives one response).
5. ``codecs``: one per API, every string of every event walked onto a channel.
6. Policy: ``rules``, ``policy_schema``, ``policy_compile``, ``policy_load``, ``policy_set``,
   ``checks`` and ``reload``.
7. Observability and settings: ``audit``, ``metrics``, ``limits``, ``config``.
8. The app: ``proxy`` (the ASGI reverse proxy), ``admin`` (the admin port: /metrics and
   /policies), ``demo`` (the built-in demo model) and ``workers`` (`serve --workers`:
   processes sharing the port, one metrics view).
9. ``cli``.
"""

__version__ = "0.1.0"
