"""The web page's safety rules that are not about identifiers (those live in catalogue.py).

- Every form post carries a CSRF token: a random value in a SameSite=Strict cookie, signed into
  a hidden field, so another site cannot make a colleague's browser start builds or log requests.
- Request bodies are limited before anything parses them (a leaflet's upload more generously).
- Only the host names the server was started for are answered (no DNS rebinding to 127.0.0.1).
- Every response says what it may load (Content-Security-Policy) and is never sniffed.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Callable

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..paths import project_dir

CSRF_COOKIE = "leaflet_csrf"
CSRF_FIELD = "csrf_token"
TOKEN_HOURS = 12
MAX_BODY_BYTES = 16 * 1024  # a request form is a few hundred bytes
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a leaflet as Word or PDF, pictures and all
UPLOAD_PATH = "/upload"
# A format's own words given as a file (Easy Read's, written by hand): a file, not a form.
WORDS_UPLOAD_PATH = re.compile(r"^/leaflets/[^/]+/formats/[^/]+/words$")


def takes_a_file(path: str) -> bool:
    """Whether a post to `path` carries a file, and so may be as large as MAX_UPLOAD_BYTES."""
    return path == UPLOAD_PATH or bool(WORDS_UPLOAD_PATH.match(path))

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        b"media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class CsrfTokens:
    """Issues and checks form tokens bound to the browser's cookie."""

    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="leaflet-form")

    @staticmethod
    def cookie_value(request: Request) -> tuple[str, bool]:
        """The browser's cookie token, or a new one (True: the response must set it)."""
        value = request.cookies.get(CSRF_COOKIE, "")
        if len(value) >= 32:
            return value, False
        return secrets.token_urlsafe(32), True

    def form_token(self, cookie: str) -> str:
        return self._serializer.dumps(cookie)

    def valid(self, cookie: str, token: str) -> bool:
        if not cookie or not token:
            return False
        try:
            signed = self._serializer.loads(token, max_age=TOKEN_HOURS * 3600)
        except BadSignature:
            return False
        return isinstance(signed, str) and hmac.compare_digest(signed, cookie)


def same_origin(request: Request) -> bool:
    """A browser's Origin (or Referer) on a post must be this server's own."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or origin == "null":
        return origin is None  # no header: not a browser's cross-site post
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1].split("/", 1)[0] == host


class BodyLimit:
    """Reads at most MAX_BODY_BYTES of a request body, answering 413 beyond that."""

    def __init__(self, app: ASGIApp, limit: int, error_page: Callable[[int, str, str], bytes]):
        self.app, self.limit, self.error_page = app, limit, error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = MAX_UPLOAD_BYTES if takes_a_file(scope["path"]) else self.limit
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                await self._refuse(send, limit)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, limit: int) -> None:
        if limit == self.limit:
            words = f"The server accepts forms of up to {limit // 1024} KB. "
            words += "Request options are short: please go back and try again."
        else:
            words = f"A leaflet's file can be up to {limit // 1024 // 1024} MB: save it "
            words += "without its largest pictures, or as plain text, and try again."
        page = self.error_page(413, "That form was too large", words)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"text/html; charset=utf-8"),
                    (b"content-length", str(len(page)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": page})


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response, error pages included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, with_headers)


def allowed_hosts(host: str) -> list[str]:
    """Loopback answers only to loopback names; a chosen address answers to any name."""
    if host in ("127.0.0.1", "localhost", "::1"):
        return ["127.0.0.1", "localhost", "[::1]", "::1"]
    return ["*"]


# An absolute path's folders: "/srv/leaflets/source/" in "/srv/leaflets/source/442-x.md: line 3".
_SERVER_FOLDERS = re.compile(r"(?<![\w.~:/-])/(?:[\w.+~-]+/)+")


def without_server_paths(message: str) -> str:
    """A message as a web page may show it: the project's folders by their own names (source/,
    config/), any other absolute path by its file name only. Where the server keeps its files
    helps only an attacker; the file and line are what staff need."""
    for name in ("source", "config", "outputs"):
        message = message.replace(f"{project_dir(name)}/", f"{name}/")
    return _SERVER_FOLDERS.sub("", message)
