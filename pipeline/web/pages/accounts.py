"""Staff accounts, for admins: who may sign in, who has the admin role, new passwords, and how
long patients' request folders are kept. The same accounts `leaflet users` manages; a trust that
signs staff in through its own proxy manages them there, and this page says so."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from ... import staff
from ...config import RequestsConfig, requests_path, retention_days, web_config
from ...errors import LeafletError
from ...files import write_atomically
from ..dependencies import CheckedForm
from ..rendering import render
from ..sessions import admin

router = APIRouter(dependencies=[Depends(admin)])

ACCOUNTS_PATH = "/staff"


@router.get(ACCOUNTS_PATH, response_class=HTMLResponse)
def accounts_page(request: Request):
    return _page(request)


@router.post(ACCOUNTS_PATH, response_class=HTMLResponse)
def change(request: Request, fields: CheckedForm):
    """One change a post: add an account, set a password, change a role, remove one, or set
    the days requests are kept. The outcome is shown above the list and takes focus."""
    action = fields.get("action", "")
    name = fields.get("name", "").strip().lower()[:40]
    me = request.state.staff
    try:
        if web_config().proxy_header:
            raise LeafletError("Staff sign in through the trust's own sign-in: change them there.")
        if action == "add":
            _same_passwords(fields)
            staff.add(name, fields.get("password", ""), admin=fields.get("admin") == "yes")
            done = f"{name} can now sign in{' as an admin' if fields.get('admin') else ''}."
        elif action == "password":
            _same_passwords(fields)
            staff.set_password(name, fields.get("password", ""))
            done = f"{name} has a new password; anywhere they were signed in, they are signed out."
        elif action == "role":
            if name == me.name:
                raise LeafletError("You cannot change your own role: ask another admin.")
            member = staff.member(name)
            staff.set_admin(name, not member.admin)
            done = f"{name} is {'no longer' if member.admin else 'now'} an admin."
        elif action == "remove":
            if name == me.name:
                raise LeafletError("You cannot remove your own account: ask another admin.")
            staff.remove(name)
            done = f"{name} can no longer sign in."
        elif action == "keep_days":
            done = _set_keep_days(fields.get("keep_days", ""))
        else:
            raise LeafletError("Choose what to change, then press its button.")
    except LeafletError as error:
        return _page(request, problem=str(error), status=400, typed_name=name)
    return _page(request, done=done)


def _same_passwords(fields: dict[str, str]) -> None:
    if fields.get("password", "") != fields.get("again", ""):
        raise LeafletError("The two passwords are not the same: type the new password twice.")


def _set_keep_days(typed: str) -> str:
    """Writes config/requests.yaml, checked as every config file is, keeping its comments."""
    try:  # the bounds are config's own, checked once
        days = RequestsConfig(keep_days=int(typed) if typed.strip().isdigit() else -1).keep_days
    except ValidationError:
        raise LeafletError("Days to keep requests: give a whole number from 1 to 90.") from None
    path = requests_path()
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith("keep_days:")]
    write_atomically(path, "\n".join([*kept, f"keep_days: {days}", ""]).encode("utf-8"))
    return f"Requests are now kept {days} days, then removed."


def _page(
    request: Request, done: str = "", problem: str = "", status: int = 200, typed_name: str = ""
) -> HTMLResponse:
    return render(
        request,
        "accounts.html",
        status,
        nav="staff",
        members=staff.everyone(),
        by_proxy=bool(web_config().proxy_header),
        keep_days=retention_days(),
        done=done,
        problem=problem,
        typed_name=typed_name,
        min_password=staff.MIN_PASSWORD,
    )
