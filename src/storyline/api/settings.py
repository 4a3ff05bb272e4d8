"""How `storyline serve` runs: which database, which address, and what that address implies.

Bound to a loopback address, the server is reachable only from this machine, so
reads are open and only writes need the token; bound to any other address, every
request needs it. The Host header is checked on loopback so a web page elsewhere
cannot reach the server through a hostname it points at 127.0.0.1 (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

__all__ = ["DEFAULT_MAX_BODY", "ServerSettings", "is_loopback"]

DEFAULT_MAX_BODY = 10 * 1024 * 1024
"""Largest request body accepted (bytes): an ingest of a few thousand articles."""

_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    """Whether `host` (an address or "localhost") only accepts connections from this machine."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerSettings:
    db: str
    host: str = "127.0.0.1"
    port: int = 8000
    max_body: int = DEFAULT_MAX_BODY
    extra_hosts: tuple[str, ...] = field(default=())
    """More Host header values to accept on loopback (e.g. a name in /etc/hosts)."""
    warm_stories: int = 0
    """How many of the latest stories get their review and page parts built as the server starts."""

    @property
    def reads_need_token(self) -> bool:
        return not is_loopback(self.host)

    @property
    def allowed_hosts(self) -> list[str]:
        """Host header values served; any when bound beyond loopback (the token guards it)."""
        if self.reads_need_token:
            return ["*"]
        return sorted({*_LOOPBACK_NAMES, self.host, *self.extra_hosts})
