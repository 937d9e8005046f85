"""This computer's addresses on the local network, for the stands' server to listen on.

The organiser picks one (the laptop's address on the hall's access point); the stands'
server never listens on every interface by default.  ``local_addresses`` lists the IPv4
address of each interface that has one, the hall's kind first (private ranges: 192.168.x,
10.x, 172.16–31.x), the loopback address last (only useful on this computer).  Nothing is
sent on the network to find them.

Linux: each interface's address is asked of the kernel (``SIOCGIFADDR``).  Elsewhere
(Windows, macOS) the addresses the system gives for this computer's name are used.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
#: interfaces of virtual machines and containers: listed after the real ones
VIRTUAL_PREFIXES = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "tun", "tap")


@dataclass(frozen=True)
class LocalAddress:
    address: str
    interface: str = ""  # « wlan0 », « eth0 »; empty when the system does not say

    @property
    def is_loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback

    def label(self) -> str:
        return f"{self.address} ({self.interface})" if self.interface else self.address


def _linux_interfaces() -> list[LocalAddress]:
    import fcntl
    import struct

    siocgifaddr = 0x8915
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode("utf-8", "replace")[:15])
            try:
                answer = fcntl.ioctl(sock.fileno(), siocgifaddr, request)
            except OSError:
                continue  # down, or no IPv4 address
            found.append(LocalAddress(socket.inet_ntoa(answer[20:24]), name))
    return found


def _by_host_name() -> list[LocalAddress]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [LocalAddress(info[4][0]) for info in infos]


def _rank(item: LocalAddress) -> tuple:
    ip = ipaddress.ip_address(item.address)
    virtual = item.interface.startswith(VIRTUAL_PREFIXES)
    return (ip.is_loopback, ip.is_link_local, virtual, not ip.is_private)


def local_addresses(*, include_loopback: bool = True) -> list[LocalAddress]:
    """This computer's IPv4 addresses, the likeliest for the hall's network first; the
    loopback address last (``include_loopback``), and always there when nothing else is."""
    try:
        found = _linux_interfaces() if sys.platform.startswith("linux") else _by_host_name()
    except OSError:
        found = []
    if not found:
        found = _by_host_name()
    seen: dict[str, LocalAddress] = {}
    for item in found:
        try:
            ipaddress.ip_address(item.address)
        except ValueError:
            continue
        if item.address not in seen:
            seen[item.address] = item
    items = sorted(seen.values(), key=_rank)
    others = [a for a in items if not a.is_loopback]
    if not others or include_loopback:
        others.append(
            LocalAddress(LOOPBACK, next((a.interface for a in items if a.is_loopback), ""))
        )
    return others


def server_url(host: str, port: int) -> str:
    """``http://192.168.1.20:8080`` (an IPv6 address in brackets)."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{int(port)}"


def first_lan_address() -> str:
    """The likeliest address of this computer on the hall's network (127.0.0.1 if none)."""
    return local_addresses(include_loopback=False)[0].address
