"""Optional dependencies: the `pii` extra (presidio-analyzer, for `detector: pii` rules) and the
`redis` extra (the replay store shared by replicas). A plain `pip install guardproxy` has
neither; what needs one checks with ``missing`` when it is loaded, so the error names the extra
to install instead of ending in an ImportError deep inside a request.
"""

from __future__ import annotations

import importlib.util

__all__ = ["EXTRAS", "MissingExtra", "missing"]

# Extra -> the module it provides.
EXTRAS = {"pii": "presidio_analyzer", "redis": "redis"}


class MissingExtra(RuntimeError):
    """A setting needs an extra that is not installed."""


def missing(extra: str, needed_by: str) -> str | None:
    """Why ``needed_by`` cannot work, when ``extra`` is not installed; None when it is."""
    try:
        found = importlib.util.find_spec(EXTRAS[extra]) is not None
    except (ImportError, ValueError):  # a broken or half-imported installation
        found = False
    if found:
        return None
    return (f"{needed_by} needs the {extra} extra, which is not installed: "
            f"pip install 'guardproxy[{extra}]'")
