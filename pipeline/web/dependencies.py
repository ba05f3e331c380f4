"""What the pages share, handed to them by FastAPI: each app's build queue, and a posted form
only once it is proved to come from one of our own pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.exceptions import HTTPException

from .jobs import BuildQueue
from .safety import CSRF_COOKIE, CSRF_FIELD, same_origin


class UserMistake(Exception):
    """A request the page refuses with a message, e.g. an option out of range: 400."""


def build_queue(request: Request) -> BuildQueue:
    return request.app.state.queue


async def checked_form(request: Request) -> dict[str, str]:
    """The posted form, once its CSRF token and origin are proved; else 403."""
    form = await request.form()
    fields = {key: str(value) for key, value in form.items()}
    token = fields.pop(CSRF_FIELD, "")
    tokens = request.app.state.tokens
    if not same_origin(request) or not tokens.valid(request.cookies.get(CSRF_COOKIE, ""), token):
        raise HTTPException(
            403,
            "This form has expired or did not come from this page. Go back, reload the "
            "page and try again.",
        )
    return fields


# For a page's parameters: `queue: Queue`, `fields: CheckedForm`.
Queue = Annotated[BuildQueue, Depends(build_queue)]
CheckedForm = Annotated[dict[str, str], Depends(checked_form)]
