"""Loads and validates config/organisation.yaml, config/formats.yaml and config/web.yaml.

Every error names the file, the key and what would be accepted.
"""

from __future__ import annotations

import hashlib
import json
import string
from functools import cache
from pathlib import Path
from typing import Annotated, TypeVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .contacts import is_email_address, is_phone_number
from .errors import LeafletError, describe_validation_error
from .languages import find_language
from .offers import ARRANGED, MADE
from .paths import project_dir
from .text import control_character, script_of

M = TypeVar("M", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TranslationConfig(_Strict):
    lang: str = Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    language: str = ""  # the name said before the line; a language in the table has its own
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _known(self) -> TranslationConfig:
        """Every format brailles, speaks and prints the line by its language's row, so the tag
        must have one and the text must be in that row's script (a Polish line tagged zh would
        be read aloud as Chinese)."""
        row = find_language(self.lang)
        if row is None:
            raise ValueError(
                f"'{self.lang}' is not in pipeline/languages.py, whose row every format needs "
                "(ADDING-A-LANGUAGE.md says how to add one)"
            )
        if control := control_character(self.text):
            raise ValueError(
                f"holds a control character (U+{ord(control[0]):04X}), which no format can "
                "carry: retype the text"
            )
        found = script_of(self.text)
        if found not in (row.script, "Common"):
            raise ValueError(
                f"'{self.text[:40]}' is written in {found} script, but '{self.lang}' "
                f"({row.english_name}) is written in {row.script}: check the tag"
            )
        self.language = self.language or row.english_name
        return self


class FormatOfferConfig(_Strict):
    text: str
    phone: str
    email: str
    translations: list[TranslationConfig] = []
    # Offered with every leaflet but made by people the equality team arranges (bsl).
    arranged: list[str] = []

    @field_validator("arranged")
    @classmethod
    def _arranged(cls, value: list[str]) -> list[str]:
        unknown = [name for name in value if name not in ARRANGED]
        if unknown:
            raise ValueError(
                f"'{unknown[0]}' is not an offer the team arranges; choose from "
                f"{', '.join(ARRANGED)}"
            )
        return value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        if not is_phone_number(value):
            raise ValueError(f"'{value}' is not a UK phone number such as 0116 250 2959")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if not is_email_address(value):
            raise ValueError(f"'{value}' is not an e-mail address such as equality@uhl-tr.nhs.uk")
        return value

    @field_validator("text")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        """Only {formats}, {phone} and {email}, exactly: the text is filled in with str.format,
        which would otherwise index ({phone[99]}) or print internals ({phone.__class__})."""
        try:
            fields = [
                (name, spec, conversion)
                for _, name, spec, conversion in string.Formatter().parse(value)
                if name is not None
            ]
        except ValueError:
            raise ValueError(
                "has a { or } that does not enclose {formats}, {phone} or {email}: write {{ or }} "
                "for a brace itself"
            ) from None
        for name, spec, conversion in fields:
            if name not in ("phone", "email", "formats") or spec or conversion:
                written = name + (f"!{conversion}" if conversion else "") + (
                    f":{spec}" if spec else ""
                )
                raise ValueError(
                    f"{{{written}}} is not a placeholder: use {{formats}}, {{phone}} and {{email}}"
                )
        if "{formats}" not in value:
            raise ValueError(
                "say {formats} where the formats go ('in {formats}, please telephone ...'): "
                "each leaflet's offer then names only what it offers"
            )
        return value


class OrganisationConfig(_Strict):
    name: str = Field(min_length=1)
    short_name: str = ""
    format_offer: FormatOfferConfig
    footer: list[str] = []
    # Other lines the trust prints on its leaflets, which `leaflet import` leaves out of a source
    import_boilerplate: list[str] = []


def _made_here(name: str) -> str:
    if name not in MADE:
        raise ValueError(
            f"'{name}' is not a format this pipeline makes; choose from: {', '.join(MADE)}"
        )
    return name


class FormatsConfig(_Strict):
    # the trust's default offer: what a leaflet with no formats: in its front matter offers
    offered: list[Annotated[str, AfterValidator(_made_here)]]
    settings: dict[str, dict] = {}
    cluster: str = ""  # a Dask scheduler's address (tcp://host:8786): build there, not here


class RequestsConfig(_Strict):
    # days a request folder is kept: long enough to send it, no longer (it may hold a
    # patient's filled-in details)
    keep_days: int = Field(default=7, ge=1, le=90, strict=True)


class WebConfig(_Strict):
    """config/web.yaml: how staff sign in. Without the file, with local accounts."""

    # The header the trust's reverse proxy sets to the signed-in name (e.g. X-Remote-User).
    # Trust it only when the page can be reached through that proxy alone.
    proxy_header: str = Field(default="", pattern=r"^([A-Za-z0-9-]+)?$")
    admins: list[str] = []  # with proxy_header: the names that have the admin role


# libyaml's safe loader where PyYAML was built with it (PyPI's wheels are): the same data, a
# tenth of the time (config is read at the start of every command).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml_file(path: Path, as_written: bool = False) -> object:
    """A YAML file's data; a file that cannot be read is named with the line at fault.
    `as_written`: every value is the text typed (a hospital number "0012345" is no octal 5349,
    "14:30" no 870 minutes, "010" seconds no 8)."""
    try:
        return yaml.load(
            path.read_text(encoding="utf-8-sig"),
            Loader=yaml.BaseLoader if as_written else _SAFE_LOADER,
        )
    except FileNotFoundError:
        raise LeafletError(f"{path}: the file is missing") from None
    except UnicodeDecodeError:
        raise LeafletError(f"{path}: the file is not UTF-8 text") from None
    except ValueError as error:  # a YAML date that cannot be (2026-02-30), a 5,000-digit number
        raise LeafletError(f"{path}: a value cannot be read ({error})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark else ""
        raise LeafletError(
            f"{path}: {line}not valid YAML ({getattr(error, 'problem', error)})"
        ) from None


def load_config_file(model: type[M], path: Path) -> M:
    """Reads and validates one YAML file of config/; every error names the file and the key.

    Parsed once and then again only when the file changes (staff edit config while the web
    page runs)."""
    return _load_config_file(model, path, path.stat().st_mtime if path.exists() else 0.0)


def load_optional_config_file(model: type[M], path: Path) -> M:
    """A config file a trust's folder may lack (made before it existed): its defaults then."""
    return load_config_file(model, path) if path.exists() else model()


@cache
def _load_config_file(model: type[BaseModel], path: Path, _mtime: float) -> BaseModel:
    try:
        return model.model_validate(read_yaml_file(path))
    except ValidationError as error:
        raise LeafletError(describe_validation_error(str(path), error)) from None


def organisation_path() -> Path:
    return project_dir("config") / "organisation.yaml"


def formats_path() -> Path:
    return project_dir("config") / "formats.yaml"


def requests_path() -> Path:
    return project_dir("config") / "requests.yaml"


def retention_days() -> int:
    """How many days a patient's request folder is kept (config/requests.yaml `keep_days`; a
    week when a trust's config folder has no such file, as before it existed)."""
    return load_optional_config_file(RequestsConfig, requests_path()).keep_days


def organisation() -> OrganisationConfig:
    return load_config_file(OrganisationConfig, organisation_path())


def formats_config() -> FormatsConfig:
    return load_config_file(FormatsConfig, formats_path())


def web_config() -> WebConfig:
    """config/web.yaml, how staff sign in to the web page; without it, local accounts."""
    return load_optional_config_file(WebConfig, project_dir("config") / "web.yaml")


def fingerprint(data: object) -> str:
    """A stable hash of JSON-able data: settings and config go into the staleness key."""
    encoded = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def organisation_fingerprint() -> str:
    return fingerprint(organisation().model_dump())
