"""The one list of formats: the CLI, the batch builder and the web page all walk it.

Adding a format is one package in pipeline/formats/ and one line here.

The list names each format's package, and a package is imported the first time its format is
used: a braille request loads liblouis, never NumPy or python-docx, and a build that finds
everything up to date (decided from names and manifests) loads no format at all. This is the
one place our code imports one of our modules by name; tests/test_architecture.py checks that
the names here are the format folders and that no other module does so.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from importlib import import_module

from pydantic import ValidationError

from ..config import formats_config, formats_path, organisation, retention_days
from ..errors import LeafletError, problem_message
from ..options import option_field, what_to_give
from . import Format, FormatSettings

# The package of each format, in the order the CLI and the web page list them.
PACKAGES: dict[str, str] = {
    "braille": "pipeline.formats.braille",
    "large-print": "pipeline.formats.large_print",
    "easy-read": "pipeline.formats.easy_read",
    "accessible-html": "pipeline.formats.accessible_html",
    "audio": "pipeline.formats.audio",
}


class _Formats(Mapping[str, Format]):
    """Format name -> Format. Names and membership cost nothing; a format's package (and with
    it the libraries it runs) is imported when the format itself is looked up."""

    def __getitem__(self, name: str) -> Format:
        if name not in PACKAGES:
            raise KeyError(name)
        return import_module(PACKAGES[name]).FORMAT

    def __iter__(self) -> Iterator[str]:
        return iter(PACKAGES)

    def __len__(self) -> int:
        return len(PACKAGES)

    def __contains__(self, name: object) -> bool:
        return name in PACKAGES


FORMATS: Mapping[str, Format] = _Formats()


def known_format(name: str) -> str:
    """The name, if it is a format this pipeline makes; else a message naming those it does."""
    if name not in FORMATS:
        known = ", ".join(FORMATS) or "none yet"
        raise LeafletError(f"'{name}' is not a format this pipeline makes; it makes: {known}")
    return name


def get_format(name: str) -> Format:
    return FORMATS[known_format(name)]


def offered_formats() -> list[Format]:
    """The formats config/formats.yaml offers, in its order."""
    return [FORMATS[name] for name in offered_names()]


def offered_names() -> list[str]:
    """The names of the formats config/formats.yaml offers; each must be one the registry has."""
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
    return list(config.offered)


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
        raise LeafletError(
            _describe(error, "option --", fmt, dashed=True, given=(settings, overrides))
        ) from None


def _describe(
    error: ValidationError,
    prefix: str,
    fmt: Format,
    dashed: bool = False,
    given: tuple[FormatSettings, dict[str, object]] | None = None,
) -> str:
    """Each problem on a line; a request's value outside its option's range or list `given`
    (the settings it changes, the values asked) in the words the web page uses."""
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
        elif given and (words := _out_of_range(fmt, problem, *given)):
            lines.append(f"{words} ({prefix}{key})")
            continue
        lines.append(f"{prefix}{key}: {message}")
    return "\n".join(lines)


def _out_of_range(
    fmt: Format, problem: dict, settings: FormatSettings, overrides: dict[str, object]
) -> str:
    """ "Text size (pt): 60 will not do; give a whole number from 16 to 48" for a value of the
    wrong kind or outside its option's range or list; "" for a problem a setting's own check
    words (a font not installed), or one not of a value asked."""
    name = str(problem["loc"][0]) if problem["loc"] else ""
    info = fmt.settings.model_fields.get(name)
    if info is None or name not in overrides or problem["type"].startswith("value_error"):
        return ""
    option = option_field(name, info, getattr(settings, name))
    return what_to_give(option, str(overrides[name]))


def check_config(formats: list[Format] | None = None) -> None:
    """Every file in config/ and the settings of every format (or of `formats`, those about to
    run), checked together before a build replaces anything: all the mistakes are named at
    once, and none after half a batch."""
    checks = [organisation, offered_names, retention_days]
    for fmt in FORMATS.values() if formats is None else formats:
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
