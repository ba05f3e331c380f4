"""What a format's settings accept, read from its settings model: for the request form on the web
page and for `leaflet formats`, so both describe options the same way and a new format's options
appear in both without change."""

from __future__ import annotations

import enum
import types
import typing
from dataclasses import dataclass, field

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .text import slugify

FEW_CHOICES = 5  # a whole-number setting with fewer values than this is offered as a list


@dataclass
class OptionField:
    """One control of a request form, derived from one settings field."""

    name: str
    label: str
    hint: str
    kind: str  # "select", "number" or "text"
    value: str
    choices: list[tuple[str, str]] = field(default_factory=list)
    minimum: str = ""
    maximum: str = ""
    step: str = ""
    min_length: str = ""
    max_length: str = ""
    open_list: bool = False  # text the page offers from a list; config may give other text


def _form_value(value: object) -> str:
    value = getattr(value, "value", value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _bare_type(annotation: object) -> object:
    """int | None -> int: an optional setting is shown as its type."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        others = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(others) == 1:
            return others[0]
    return annotation


def option_field(name: str, info: FieldInfo, current: object) -> OptionField:
    label = info.title or name.replace("_", " ").capitalize()
    unit = unit_words(info)
    if unit:
        label = f"{label} ({unit})"
    option = OptionField(name, label, info.description or "", "text", _form_value(current))
    kind = _bare_type(info.annotation)
    if typing.get_origin(kind) is typing.Literal:
        option.kind = "select"
        option.choices = [(_form_value(c), _form_value(c)) for c in typing.get_args(kind)]
    elif isinstance(kind, type) and issubclass(kind, enum.Enum):
        option.kind = "select"
        option.choices = [(_form_value(m), _form_value(m)) for m in kind]
    elif kind is bool:
        option.kind = "select"
        option.choices = [("true", "Yes"), ("false", "No")]
    elif kind in (int, float):
        option.kind = "number"
        option.step = "1" if kind is int else "any"
    for rule in info.metadata:
        for attribute, target in (("ge", "minimum"), ("gt", "minimum"), ("le", "maximum")):
            if getattr(rule, attribute, None) is not None:
                setattr(option, target, _form_value(getattr(rule, attribute)))
        if getattr(rule, "lt", None) is not None:
            option.maximum = _form_value(rule.lt)
        if getattr(rule, "min_length", None) is not None:
            option.min_length = str(rule.min_length)
        if getattr(rule, "max_length", None) is not None:
            option.max_length = str(rule.max_length)
    offered = declared_choices(info)
    if offered and kind is str:  # text with a closed list the page may offer ("bm_george")
        option.kind = "select"
        option.open_list = True
        option.choices = list(offered.items())
        if option.value not in offered:  # the trust's own setting, shown as it is
            option.choices.insert(0, (option.value, option.value))
    if kind is int and option.minimum and option.maximum:
        low, high = int(option.minimum), int(option.maximum)
        if high - low < FEW_CHOICES:  # braille grade 1 or 2: a choice, not a number to type
            option.kind = "select"
            option.choices = [(str(n), str(n)) for n in range(low, high + 1)]
    return option


def declared_choices(info: FieldInfo) -> dict[str, str]:
    """{value: label} a text setting declares it may be chosen from on the web page
    (`json_schema_extra={"choices": {...}}`); config may still give it other text."""
    return dict((info.json_schema_extra or {}).get("choices", {}))


def unit_words(info: FieldInfo) -> str:
    """ "words a minute": the unit a setting's field declares, as a person says it."""
    return (info.json_schema_extra or {}).get("say", "")


def file_tag(settings: type[BaseModel], changed: dict[str, object]) -> str:
    """ "24pt", "130wpm", "grade1-no-duplex": what a request's changed options make of its files,
    so that a request's file never has the standard file's name. Numbers carry the unit their
    field declares (`json_schema_extra={"unit": "pt"}`); free text (a font's name, a voice file)
    never names a file: it is marked only as "own-font"."""
    parts = []
    for name in sorted(changed):
        info = settings.model_fields[name]
        word = name.replace("_", "-")
        value = getattr(changed[name], "value", changed[name])
        unit = (info.json_schema_extra or {}).get("unit", "")
        kind = _bare_type(info.annotation)
        if isinstance(value, bool):
            parts.append(word if value else f"no-{word}")
        elif isinstance(value, int | float):
            number = _form_value(value).replace("-", "minus").replace(".", "-")
            parts.append(f"{number}{unit}" if unit else f"{word}{number}")
        elif (
            typing.get_origin(kind) is typing.Literal
            or (isinstance(kind, type) and issubclass(kind, enum.Enum))
            or (value and value in declared_choices(info))
        ):
            parts.append(f"{word}-{slugify(str(value))}")
        else:
            parts.append(f"own-{word}")
    return "-".join(parts)


def accepted_values(option: OptionField) -> str:
    """"blocked | indented", "16 to 48", "yes | no": what a user may give, in words."""
    if option.open_list:
        return " | ".join(value or "(empty)" for value, _ in option.choices) + " | other text"
    if option.choices:
        return " | ".join(value for value, _ in option.choices)
    if option.minimum and option.maximum:
        return f"{option.minimum} to {option.maximum}"
    if option.minimum:
        return f"at least {option.minimum}"
    if option.maximum:
        return f"at most {option.maximum}"
    return "text"


def what_to_give(option: OptionField, given: str, listed: bool = False) -> str:
    """ "Text size (pt): 60 will not do; give a whole number from 16 to 48": a wrong value in
    the option's own label and range, for the web page and the command line alike (pydantic's
    "Input should be less than or equal to 48" names neither). A text setting the page offers
    from a list is held to it only when `listed`; text empty or longer than its option takes
    ("--font ''" had said "String should have at least 1 character") is named with what the
    option takes; "" for an option with no list, range or length to name, whose own check
    says what is wrong."""
    if option.kind == "text" and not _right_length(option, given.strip()):
        text = given.strip()
        shown = (f"'{text[:30]}...'" if len(text) > 30 else f"'{text}'") if text else "nothing"
        return f"{option.label}: {shown} will not do; give {_text_to_give(option)}"
    given = given.strip() or "nothing"
    if option.choices and (listed or not option.open_list):
        choices = " or ".join(f"'{label}'" for _, label in option.choices)
        return f"{option.label}: {given} will not do; choose {choices}"
    if option.kind == "number" and (option.minimum or option.maximum):
        whole = "a whole number" if option.step == "1" else "a number"
        if option.minimum and option.maximum:
            limits = f"from {option.minimum} to {option.maximum}"
        else:
            limits = f"of at least {option.minimum}" if option.minimum else (
                f"of at most {option.maximum}"
            )
        return f"{option.label}: {given} will not do; give {whole} {limits}"
    return ""


def _right_length(option: OptionField, text: str) -> bool:
    short = option.min_length and len(text) < int(option.min_length)
    long = option.max_length and len(text) > int(option.max_length)
    return not (short or long)


def _text_to_give(option: OptionField) -> str:
    """ "a plain sans-serif font ... that fontconfig knows, in at most 60 characters": the
    option's own description of what it takes, else "text", and the length it must have."""
    wanted = option.hint or "text"
    low = int(option.min_length or 0)
    if low > 1 and option.max_length:
        return f"{wanted}, in {low} to {option.max_length} characters"
    if low > 1:
        return f"{wanted}, in at least {low} characters"
    return f"{wanted}, in at most {option.max_length} characters" if option.max_length else wanted
