"""Fetching a document to import, safely.

An editor's URL is fetched by our server, so it must not become a way into our own
network (server-side request forgery): only http(s); every address the host name
resolves to must be public, checked before any connection and again when connecting
(the name could resolve differently the second time), on every redirect, which are
followed here one by one. A size limit is enforced while the body streams in, and a
total deadline bounds a server that answers slowly, byte by byte.

Settings: IMPORT_MAX_BYTES, IMPORT_TIMEOUT (connect and each read, seconds),
IMPORT_DEADLINE (the whole fetch, seconds), IMPORT_ALLOW_LOOPBACK (tests only).
"""

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpcore
import httpx
from django.conf import settings

MAX_REDIRECTS = 5

ONLY_HTTP = "Only http:// and https:// addresses can be fetched."
INVALID_URL = "Enter a valid http:// or https:// address."
TOO_MANY_REDIRECTS = f"The address redirected more than {MAX_REDIRECTS} times."
BAD_REDIRECT = "The address redirected to an invalid address."


class FetchRefused(Exception):
    """A fetch that was refused or failed; the message is for the editor."""

    @property
    def message(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # as the server declared it, without parameters
    data: bytes


def size_label(limit: int) -> str:
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if limit >= size and limit % size == 0:
            return f"{limit // size} {unit}"
    return f"{limit} bytes"


def too_large_message(limit: int, what: str = "page") -> str:
    return f"The {what} is larger than {size_label(limit)}."


def _refused_address(host: str, address: str) -> FetchRefused:
    where = host if host == address else f"{host} ({address})"
    return FetchRefused(f"{where} is a private address: only public web addresses can be fetched.")


def is_public(address: str, *, allow_loopback: bool = False) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return allow_loopback
    return ip.is_global and not (
        ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified
    )


def public_addresses(host: str, port: int, *, allow_loopback: bool) -> list[str]:
    """Every address `host` resolves to, or FetchRefused if any one of them is not
    public: a name with one private address among public ones is refused too."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchRefused(f"{host} could not be found.") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        if not is_public(address, allow_loopback=allow_loopback):
            raise _refused_address(host, address)
    if not addresses:
        raise FetchRefused(f"{host} could not be found.")
    return addresses


def scheme(url: str) -> str:
    """The URL's scheme, lower-cased; "" if it has none (never raises, unlike urlsplit)."""
    name, colon, _ = url.strip().partition(":")
    return name.lower() if colon and name.isascii() and name.isalnum() else ""


def _host_and_port(url: str) -> tuple[str, int]:
    if scheme(url) not in ("http", "https"):
        raise FetchRefused(ONLY_HTTP)
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise FetchRefused(INVALID_URL) from None
    if not parsed.host:
        raise FetchRefused(INVALID_URL)
    return parsed.raw_host.decode("ascii"), parsed.port or (443 if parsed.scheme == "https" else 80)


class _Limits:
    """The fetch's clock and the loopback rule, shared by the connections it opens."""

    def __init__(self):
        self.timeout = float(settings.IMPORT_TIMEOUT)
        self.deadline_seconds = float(settings.IMPORT_DEADLINE)
        self.deadline = time.monotonic() + self.deadline_seconds
        self.allow_loopback = bool(settings.IMPORT_ALLOW_LOOPBACK)
        self.deadline_passed = False

    def deadline_message(self) -> str:
        return f"The server did not send the whole page within {self.deadline_seconds:g} seconds."

    def check_deadline(self):
        if time.monotonic() >= self.deadline:
            raise FetchRefused(self.deadline_message())

    def remaining(self, timeout: float | None) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.deadline_passed = True
            raise httpcore.ReadTimeout("deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the fetch's deadline."""

    def __init__(self, stream: httpcore.NetworkStream, limits: _Limits):
        self._stream, self._limits = stream, limits

    def read(self, max_bytes, timeout=None):
        return self._stream.read(max_bytes, self._limits.remaining(timeout))

    def write(self, buffer, timeout=None):
        self._stream.write(buffer, self._limits.remaining(timeout))

    def close(self):
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        stream = self._stream.start_tls(
            ssl_context, server_hostname, self._limits.remaining(timeout)
        )
        return _DeadlineStream(stream, self._limits)

    def get_extra_info(self, info):
        return self._stream.get_extra_info(info)


class _PublicOnlyBackend(httpcore.NetworkBackend):
    """Connects only to the public addresses checked at the moment of connecting."""

    def __init__(self, limits: _Limits):
        self._limits = limits
        self._backend = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = public_addresses(host, port, allow_loopback=self._limits.allow_loopback)
        error = None
        for address in addresses:
            try:
                stream = self._backend.connect_tcp(
                    address, port, self._limits.remaining(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as failed:
                error = failed
                continue
            return _DeadlineStream(stream, self._limits)
        raise error

    def sleep(self, seconds):
        self._backend.sleep(seconds)


class _PublicOnlyTransport(httpx.HTTPTransport):
    def __init__(self, limits: _Limits):
        super().__init__(trust_env=False)
        # httpx has no public hook for the network backend; its pool is swapped for one
        # that has ours (a test fetches through it: see test_fetching.py).
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=1,
            network_backend=_PublicOnlyBackend(limits),
        )


def _content_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _read_body(response: httpx.Response, limits: _Limits, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchRefused(too_large_message(max_bytes))
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchRefused(too_large_message(max_bytes))
        chunks.append(chunk)
        limits.check_deadline()
    return b"".join(chunks)


def fetch(url: str, *, accept=None) -> Fetched:
    """The document at `url` (following at most MAX_REDIRECTS redirects), or
    FetchRefused with a message for the editor. `accept(content_type)` may refuse a
    document by raising FetchRefused before its body is read."""
    url = url.strip()
    limits = _Limits()
    max_bytes = int(settings.IMPORT_MAX_BYTES)
    timeout = httpx.Timeout(limits.timeout)
    headers = {
        "User-Agent": f"claim-tracker-import/1.0 (+{settings.FACTCHECK_ORG_URL})",
        # The archived copy is the document as published, not a compressed transfer;
        # and a small compressed body cannot unpack past the size limit in one read.
        "Accept-Encoding": "identity",
    }
    current = url
    try:
        with httpx.Client(
            transport=_PublicOnlyTransport(limits),
            headers=headers,
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
        ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                host, port = _host_and_port(current)
                # Refused here, before any connection is opened.
                public_addresses(host, port, allow_loopback=limits.allow_loopback)
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        try:
                            current = urljoin(current, response.headers["location"])
                        except ValueError:
                            raise FetchRefused(BAD_REDIRECT) from None
                        continue
                    if response.status_code != 200:
                        status = f"{response.status_code} {response.reason_phrase}".strip()
                        raise FetchRefused(f"The server answered {status}.")
                    content_type = _content_type(response)
                    if accept is not None:
                        accept(content_type)
                    data = _read_body(response, limits, max_bytes)
                    return Fetched(url, current, content_type, data)
    except httpx.TimeoutException:
        # A read cut short to end by the deadline times out like a slow one.
        if limits.deadline_passed or time.monotonic() >= limits.deadline:
            raise FetchRefused(limits.deadline_message()) from None
        raise FetchRefused(
            f"The server did not answer within {limits.timeout:g} seconds."
        ) from None
    except httpx.ProtocolError as error:
        raise FetchRefused(f"The server sent an invalid answer ({error}).") from None
    except httpx.TransportError as error:
        raise FetchRefused(f"The server could not be reached ({error}).") from None
    raise FetchRefused(TOO_MANY_REDIRECTS)
