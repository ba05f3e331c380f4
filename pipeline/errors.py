"""The one exception for a user's mistake: the CLI prints its message and exits 2, no traceback."""

from __future__ import annotations

from pydantic import ValidationError


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
