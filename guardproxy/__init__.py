"""guardproxy: a streaming reverse proxy that redacts what reasoning models leak.

Layers, bottom up: ``sse`` (wire framing), ``codecs`` (one per API), ``think`` (inline
reasoning), ``segment`` and ``detectors`` (what to redact), ``sanitizer`` (per-channel
streaming redaction), ``policy`` (YAML rules), ``proxy`` (the ASGI app), ``metrics``, ``cli``.
"""

__version__ = "0.1.0"
