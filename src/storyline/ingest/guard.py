"""The address guard: never fetch from private, loopback, link-local or reserved addresses.

A URL in a feed or a crawl is chosen by someone else. Without this guard it
could make storyline read the cloud metadata service (169.254.169.254), an
admin page on localhost, or scan the local network (SSRF). Every address a
host resolves to is checked, on every redirect hop, and the caller connects to
the checked address so a second DNS answer cannot swap it (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["address_problem", "resolve_checked"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_problem(ip: IPAddress) -> str | None:
    """Why `ip` must not be fetched ("loopback", "private", ...), or None when public."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private or not ip.is_global:
        return "private"
    return None


def resolve_checked(host: str, port: int, *, allow_private: bool) -> str:
    """The address to connect to for `host`; ValueError when any is refused or none resolves.

    All addresses are checked, not just the first, because the system may try
    them in any order.
    """
    try:
        literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise ValueError(f"cannot resolve host {host!r} ({exc})") from None
        addresses = []
        for info in infos:
            ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if ip not in addresses:
                addresses.append(ip)
        if not addresses:
            raise ValueError(f"cannot resolve host {host!r} (no addresses)")
    if not allow_private:
        for ip in addresses:
            problem = address_problem(ip)
            if problem is not None:
                raise ValueError(
                    f"refused private address {ip} ({problem}; use allow_private to permit it)"
                )
    return str(addresses[0])
