"""The one list of formats: the CLI, the batch builder and the web page all walk it.

Adding a format is one module in pipeline/formats/ and one line here.
"""

from __future__ import annotations

from functools import partial

from pydantic import ValidationError

from ..config import formats_config, formats_path, organisation, retention_days
from ..errors import LeafletError, problem_message
from . import Format, FormatSettings, accessible_html, audio, braille, easy_read, large_print

# One entry per format module, in the order the CLI and the web page list them.
_ALL: tuple[Format, ...] = (
    braille.FORMAT,
    large_print.FORMAT,
    easy_read.FORMAT,
    accessible_html.FORMAT,
    audio.FORMAT,
)

FORMATS: dict[str, Format] = {fmt.name: fmt for fmt in _ALL}


def get_format(name: str) -> Format:
    if name not in FORMATS:
        known = ", ".join(FORMATS) or "none yet"
        raise LeafletError(f"'{name}' is not a format this pipeline makes; it makes: {known}")
    return FORMATS[name]


def offered_formats() -> list[Format]:
    """The formats config/formats.yaml offers, in its order; each must be one the registry has."""
    config = formats_config()
    for i, name in enumerate(config.offered):
        if name not in FORMATS:
            raise LeafletError(
                f"{formats_path()}: offered.{i}: '{name}' is not a format this pipeline makes; "
                f"choose from: {', '.join(FORMATS) or 'none yet'}"
            )
    for name in config.settings:
        if name not in FORMATS:
            raise LeafletError(
                f"{formats_path()}: settings.{name}: no such format; "
                f"choose from: {', '.join(FORMATS) or 'none yet'}"
            )
    return [FORMATS[name] for name in config.offered]


def settings_for(fmt: Format, overrides: dict[str, object] | None = None) -> FormatSettings:
    """The format's settings from config, then a request's overrides, each validated."""
    defaults = formats_config().settings.get(fmt.name, {}) or {}
    try:
        settings = fmt.settings.model_validate(defaults)
    except ValidationError as error:
        raise LeafletError(
            _describe(error, f"{formats_path()}: settings.{fmt.name}.", fmt)
        ) from None
    if not overrides:
        return settings
    try:
        return fmt.settings.model_validate({**settings.model_dump(), **overrides})
    except ValidationError as error:
        raise LeafletError(_describe(error, "option --", fmt, dashed=True)) from None


def _describe(error: ValidationError, prefix: str, fmt: Format, dashed: bool = False) -> str:
    options = ", ".join(
        f"--{name.replace('_', '-')}" if dashed else name for name in fmt.settings.model_fields
    )
    lines = []
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"])
        if dashed:
            key = key.replace("_", "-")
        message = problem_message(problem)
        if problem["type"] == "extra_forbidden":
            message = f"{fmt.name} has no such option; its options are {options}"
        lines.append(f"{prefix}{key}: {message}")
    return "\n".join(lines)


def check_config() -> None:
    """Every file in config/ and every format's settings, checked together before a build
    replaces anything: all the mistakes are named at once, and none after half a batch."""
    checks = [organisation, offered_formats, retention_days]
    for fmt in FORMATS.values():
        checks += [partial(settings_for, fmt), fmt.load_config]
    problems: list[str] = []
    for check in checks:
        try:
            check()
        except LeafletError as error:
            if str(error) not in problems:
                problems.append(str(error))
    if problems:
        raise LeafletError("\n".join(problems))
