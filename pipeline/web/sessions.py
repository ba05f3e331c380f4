"""Who is signed in: a signed session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) naming
a staff account, or the name the trust's reverse proxy sets when config/web.yaml trusts it.

The cookie holds the name and a stamp of the account's password hash, signed with the app's
secret: it cannot be forged, it ends after SESSION_HOURS, and a changed password or a removed
account ends every session of it. Every page but the sign-in page needs someone signed in;
what sends text away or changes source/ needs the admin role.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from urllib.parse import quote

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.responses import Response

from .. import staff
from ..config import web_config
from ..staff import Staff

SESSION_COOKIE = "leaflet_session"
SESSION_HOURS = 12
MAX_FAILURES, FAILURE_MINUTES = 5, 15  # wrong passwords for one name before a pause


class SignInNeeded(Exception):
    """Nobody is signed in: a page sends the browser to the sign-in page."""


class AdminNeeded(Exception):
    """Signed in, but this needs the admin role: 403."""


class Sessions:
    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="leaflet-session")

    def start(self, response: Response, request: Request, member: Staff) -> None:
        value = self._serializer.dumps([member.name, member.stamp])
        response.set_cookie(
            SESSION_COOKIE,
            value,
            max_age=SESSION_HOURS * 3600,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )

    @staticmethod
    def end(response: Response) -> None:
        response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")

    def who(self, request: Request) -> Staff | None:
        header = web_config().proxy_header
        if header:
            return staff.from_proxy(request.headers.get(header, ""))
        try:
            name, stamp = self._serializer.loads(
                request.cookies.get(SESSION_COOKIE, ""), max_age=SESSION_HOURS * 3600
            )
        except (BadSignature, ValueError, TypeError):
            return None
        return staff.current(str(name), str(stamp))


class FailedSignIns:
    """Wrong passwords per staff name: after MAX_FAILURES in FAILURE_MINUTES the name is paused,
    so nobody can try password after password against a colleague's account."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._times: defaultdict[str, deque[float]] = defaultdict(deque)

    def paused(self, name: str) -> bool:
        with self._guard:
            times = self._times[name]
            while times and times[0] < time.monotonic() - FAILURE_MINUTES * 60:
                times.popleft()
            return len(times) >= MAX_FAILURES

    def failed(self, name: str) -> None:
        with self._guard:
            self._times[name].append(time.monotonic())


def signed_in(request: Request) -> Staff:
    """For every page but sign-in: the member of staff, kept on the request for its page."""
    member = request.app.state.sessions.who(request)
    if member is None:
        raise SignInNeeded(request.url.path)
    request.state.staff = member
    return member


def admin(request: Request) -> Staff:
    member = signed_in(request)
    if not member.admin:
        raise AdminNeeded()
    return member


def sign_in_address(path: str) -> str:
    """The sign-in page, returning to `path` (a path on this site only) afterwards."""
    return f"/sign-in?next={quote(path, safe='/')}" if path not in ("", "/") else "/sign-in"


def safe_next(path: str) -> str:
    """Where to go after signing in: a path on this site, never another site (//evil)."""
    return path if path.startswith("/") and not path.startswith(("//", "/\\")) else "/"
