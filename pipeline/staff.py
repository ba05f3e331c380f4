"""Who may use the web page: staff accounts with hashed passwords, or the name the trust's
reverse proxy gives when config/web.yaml says to trust it.

Accounts live in outputs/staff.json (or the file LEAFLET_STAFF names; keep it backed up with the
request log), managed with `leaflet users`. Passwords are hashed with Argon2id (argon2-cffi);
the file never holds a password. A staff name is recorded beside each request, so it is a
login name, never a patient detail.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .config import web_config
from .errors import LeafletError
from .files import write_atomically
from .paths import project_dir

NAME = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
# A hash to verify against when the name is unknown, so a wrong name takes as long as a wrong
# password and the sign-in page does not tell which names exist.
_NOBODY = _hasher.hash("no such member of staff")


@dataclass(frozen=True)
class Staff:
    name: str
    admin: bool
    stamp: str = ""  # changes when the password does: a session from before it ends
    by_proxy: bool = False  # signed in by the trust's proxy, which alone can sign them out


def accounts_path() -> Path:
    override = os.environ.get("LEAFLET_STAFF")
    return Path(override) if override else project_dir("outputs") / "staff.json"


def _read() -> dict[str, dict]:
    path = accounts_path()
    try:
        accounts = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise LeafletError(f"{path}: cannot read the staff accounts ({error})") from None
    if not isinstance(accounts, dict):
        raise LeafletError(f"{path}: the staff accounts file is damaged: restore it from backup")
    return accounts


def _write(accounts: dict[str, dict]) -> None:
    text = json.dumps(accounts, indent=2, sort_keys=True) + "\n"
    path = accounts_path()
    write_atomically(path, text.encode("utf-8"))
    path.chmod(0o600)


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise LeafletError(
            f"'{name}' is not a staff name: use 2 to 40 small letters, digits, '.', '-' or '_', "
            "starting with a letter (such as j.smith)"
        )
    return name


def add(name: str, password: str, admin: bool = False, replace: bool = False) -> Staff:
    """Adds an account (or, with `replace`, sets a new password and role)."""
    accounts = _read()
    if check_name(name) in accounts and not replace:
        raise LeafletError(f"{name} already has an account: use `leaflet users password {name}`")
    if len(password) < MIN_PASSWORD:
        raise LeafletError(f"a password needs at least {MIN_PASSWORD} characters")
    accounts[name] = {"hash": _hasher.hash(password), "admin": admin}
    _write(accounts)
    return _staff(name, accounts[name])


def member(name: str) -> Staff:
    """The account of that name; a name with none is refused in words fit for the page and
    the command line alike."""
    account = _read().get(name)
    if account is None:
        raise LeafletError(f"{name} has no staff account.")
    return _staff(name, account)


def set_password(name: str, password: str, admin: bool | None = None) -> Staff:
    """A new password for an existing account, keeping its role unless `admin` is given; the
    member's sessions end (they were signed with the old password's stamp)."""
    kept = member(name).admin
    return add(name, password, admin=kept if admin is None else admin, replace=True)


def remove(name: str) -> None:
    member(name)
    accounts = _read()
    del accounts[name]
    _write(accounts)


def set_admin(name: str, admin: bool) -> None:
    """Gives or takes the admin role, keeping the password (and so the member's sessions)."""
    member(name)
    accounts = _read()
    accounts[name]["admin"] = admin
    _write(accounts)


def everyone() -> list[Staff]:
    return [_staff(name, account) for name, account in sorted(_read().items())]


def _staff(name: str, account: dict) -> Staff:
    return Staff(name, bool(account.get("admin")), str(account.get("hash", ""))[-16:])


def signed_in(name: str, password: str) -> Staff | None:
    """The member of staff if the password is theirs, else None."""
    account = _read().get(name)
    try:
        _hasher.verify(account["hash"] if account else _NOBODY, password)
    except (VerificationError, InvalidHashError):
        return None
    return _staff(name, account) if account else None


def current(name: str, stamp: str) -> Staff | None:
    """The account a session names, if it still exists with the same password."""
    account = _read().get(name)
    if account is None:
        return None
    staff = _staff(name, account)
    return staff if staff.stamp == stamp else None


def from_proxy(name: str) -> Staff | None:
    """The member of staff the trust's proxy names (config/web.yaml's proxy_header)."""
    name = name.strip()
    return Staff(name, name in web_config().admins, by_proxy=True) if name else None
