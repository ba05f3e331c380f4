"""The one exception for a user's mistake: the CLI prints its message and exits 2, no traceback."""

from __future__ import annotations

import errno

from pydantic import ValidationError

DISK_FULL = (
    "the disk is full: the outputs already there are untouched; free some space and try again"
)


class LeafletError(Exception):
    """Bad input, named: which file, which line or key, what is wrong and what would be accepted."""


def describe_validation_error(where: str, error: ValidationError) -> str:
    """One line per problem: file, key, what is wrong. Shared by the reader and config."""
    lines = []
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        lines.append(f"{where}: {key}: {problem_message(problem)}")
    return "\n".join(lines)


def problem_message(problem: dict) -> str:
    """One pydantic problem in staff's words: keys and values, not internal types or patterns."""
    kind = problem["type"]
    if kind == "extra_forbidden":
        return "is not a key this file takes (a typo?)"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "should be 'key: value' lines, not a single value"
    if kind == "string_pattern_mismatch":
        return f"'{problem['input']}' is not in the form this key takes"
    return problem["msg"].removeprefix("Value error, ")


def is_disk_full(error: BaseException | None) -> bool:
    """True when the error, or one it was raised from, is the disk (or quota) running out:
    writers wrap it in their own exceptions, and it is the machine's fault, not a bug."""
    while error is not None:
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        error = error.__cause__ or error.__context__
    return False


def os_error_words(error: OSError) -> str:
    """What went wrong writing a file, in staff's words."""
    return DISK_FULL if is_disk_full(error) else str(error.strerror or error)
