"""What the web page shows about leaflets and formats, in the words the equality team uses.

Everything here walks the registry and the build API: a new format appears on the page, with
its options, as soon as it is in the registry and on the trust's offer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..build.jobs import offered_by
from ..build.manifests import output_folder, read_manifest
from ..build.request_folders import prune_request_folders, requests_folder
from ..build.staleness import format_state
from ..errors import LeafletError
from ..formats import Format
from ..formats.html_render import header_lines
from ..formats.registry import FORMATS, settings_for
from ..model import Heading, Leaflet, plain_text
from ..offers import ARRANGED
from ..options import OptionField, option_field, unit_words, what_to_give
from ..sources import find_sources, load_leaflet, source_paths
from . import search as search_words
from .safety import without_server_paths

STATE_WORDS = {
    "up to date": "ready",
    "stale": "out of date",
    "missing": "not built",
    "not made": "not made",
}


class NotFound(LookupError):
    """An identifier that is not a leaflet or format we have: the page answers 404."""


# ---- leaflets -------------------------------------------------------------------------------


def leaflet_sources() -> dict[str, Path]:
    """Leaflet identifiers (the source file's name without .md) and their files.

    Every identifier in a URL is looked up here, never turned into a path: this is what keeps
    "../../etc/passwd" out.
    """
    return {path.stem: path for path in source_paths()}


def source_for(identifier: str) -> Path:
    path = leaflet_sources().get(identifier)
    if path is None:
        raise NotFound(f"There is no leaflet '{identifier}'.")
    return path


def known_format(name: str) -> Format:
    if name not in FORMATS:
        raise NotFound(f"'{name}' is not a format this pipeline makes.")
    return FORMATS[name]


def review_status(leaflet: Leaflet, today: date | None = None) -> tuple[str, bool]:
    """("Review overdue since February 2026", True): what staff need to know before sending."""
    today = today or date.today()
    due = leaflet.meta.next_review
    if due is None:
        return "No review date", True
    if due.is_before(today):
        return f"Review overdue since {due}", True
    if (due.year, due.month) == (today.year, today.month):
        return f"Review due this month ({due})", False
    return f"Next review due {due}", False


def language_of(leaflet: Leaflet) -> str:
    """ "" for the trust's own leaflet, else the translation's language by name."""
    if not leaflet.variant:
        return ""
    names = {t.lang: t.language_name for t in leaflet.trust.translations}
    return names.get(leaflet.variant, leaflet.variant)


@dataclass
class FileView:
    name: str
    size: int
    url: str

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()

    @property
    def size_text(self) -> str:
        if self.size < 1024:
            return f"{self.size} bytes"
        if self.size < 1024 * 1024:
            return f"{self.size / 1024:.0f} KB"
        return f"{self.size / (1024 * 1024):.1f} MB"


@dataclass
class FormatView:
    """One format of one leaflet: its state in plain words and the facts of its manifest."""

    fmt: Format
    state: str  # "up to date", "stale", "missing", "not made" (Format.not_made: the reason)
    reason: str
    entry: dict = field(default_factory=dict)
    files: list[FileView] = field(default_factory=list)
    offered: bool = True  # the leaflet offers it; else it is made only for a patient, anyway

    @property
    def words(self) -> str:
        return STATE_WORDS[self.state] if self.offered else "not offered"

    @property
    def built(self) -> str:
        stamp = self.entry.get("built")
        if not stamp:
            return ""
        try:
            moment = datetime.fromisoformat(stamp).astimezone()
        except ValueError:
            return stamp
        return moment.strftime("%-d %B %Y at %H:%M")

    @property
    def check(self) -> dict:
        return self.entry.get("check") or {}

    @property
    def several(self) -> bool:
        """A format of several files is downloaded as one set of them all."""
        return len(self.files) > 1


@dataclass
class LeafletView:
    identifier: str
    path: Path
    leaflet: Leaflet | None = None
    problem: str = ""  # the source cannot be read: say why instead of failing the page
    formats: list[FormatView] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.leaflet.meta.title if self.leaflet else self.identifier

    @property
    def title_language(self) -> str:
        """The language the title is written in ("" when the source cannot be read)."""
        return self.leaflet.meta.language if self.leaflet else ""

    @property
    def line_languages(self) -> dict[str, str]:
        """The language of each line under the title ("department", "audience"), as every
        format marks it (html_render.header_lines): a Polish leaflet's 'Oddział Kardiologii'
        is Polish on the staff's English page too."""
        if not self.leaflet:
            return {}
        return {kind: lang for kind, _, lang in header_lines(self.leaflet)}

    @property
    def number(self) -> str:
        return str(self.leaflet.meta.number) if self.leaflet else self.identifier.split("-")[0]

    @property
    def language(self) -> str:
        return language_of(self.leaflet) if self.leaflet else ""

    @property
    def review(self) -> tuple[str, bool]:
        return review_status(self.leaflet) if self.leaflet else ("", False)

    @property
    def arranged(self) -> list[str]:
        """What the leaflet offers that the equality team arranges itself (BSL)."""
        if not self.leaflet:
            return []
        return [ARRANGED[name] for name in self.leaflet.trust.offer.arranged]

    @property
    def built_version(self) -> str:
        return str(self.manifest.get("version", ""))


def file_url(identifier: str, name: str) -> str:
    return f"/files/{identifier}/{name}"


def set_url(identifier: str, format_name: str) -> str:
    """All of a format's files as one .zip (braille: BRF, PEF, proof and print preview)."""
    return f"/file-sets/{identifier}/{format_name}.zip"


def set_name(files: list[str]) -> str:
    """ "442-v3-braille.zip": named for the format's first file, as its files are."""
    return f"{Path(files[0]).stem}.zip"


def describe(identifier: str, path: Path, with_states: bool = True) -> LeafletView:
    """A leaflet with the state of every offered format (hashing each output once)."""
    view = LeafletView(identifier, path)
    try:
        view.leaflet = load_leaflet(path)
    except LeafletError as error:
        view.problem = without_server_paths(str(error))
        return view
    if with_states:
        _add_states(view)
    return view


def _add_states(view: LeafletView) -> None:
    folder = output_folder(view.leaflet)
    view.manifest = read_manifest(folder)
    offered = offered_by(view.leaflet)
    for fmt in [*offered, *(f for f in FORMATS.values() if f not in offered)]:
        if why := fmt.not_made(view.leaflet):  # a translation's Easy Read: no file, no build
            view.formats.append(FormatView(fmt, "not made", why, offered=fmt in offered))
            continue
        state = format_state(view.leaflet, fmt, view.manifest)
        entry = view.manifest.get("formats", {}).get(fmt.name, {}) or {}
        files = []
        if state.state != "missing":
            for name in entry.get("files", {}):
                try:
                    size = (folder / name).stat().st_size
                except FileNotFoundError:  # replaced by a build this very moment
                    continue
                files.append(FileView(name, size, file_url(view.identifier, name)))
        view.formats.append(
            FormatView(fmt, state.state, state.reason, entry, files, fmt in offered)
        )


def search(query: str) -> list[LeafletView]:
    """Leaflets matching any word or number of the query (their reference, "PHY-0412", too),
    those matching most first; an empty query lists every leaflet. Only the leaflets found have
    their outputs' states worked out."""
    numbers, stems = search_words.query_terms(query)
    found = []
    for identifier, path in leaflet_sources().items():
        view = describe(identifier, path, with_states=False)
        text = identifier.replace("-", " ")
        if view.leaflet:
            meta = view.leaflet.meta
            headings = " ".join(
                plain_text(block.spans) for block in view.leaflet.blocks
                if isinstance(block, Heading)
            )
            # the audience names whom it is for ("adults with asthma"), as a patient may ask
            text = (
                f"{meta.number} {meta.title} {meta.department} {meta.audience} {view.language} "
                f"{text} {headings}"
            )
        matched = search_words.score(numbers, stems, view.number, text)
        if matched or not query.strip():
            if view.leaflet:
                _add_states(view)
            found.append((-matched, identifier, view))
    return [view for *_, view in sorted(found, key=lambda item: item[:2])]


def resolve(reference: str) -> str:
    """The leaflet an address names: its identifier, or its number with or without a prefix
    ("442", "PIL442"), which means the English leaflet when translations share the number."""
    sources = leaflet_sources()
    if reference in sources:
        return reference
    if not reference.endswith(".md") and "/" not in reference:  # a reference: 442, PHY-0412
        try:
            found = find_sources([reference])
        except LeafletError:
            found = []
        if len(found) == 1 and found[0].stem in sources:
            return found[0].stem
    numbers, stems = search_words.query_terms(reference)
    if numbers and not stems:  # "PIL442", "442-v3"
        same = [name for name in sources if name.split("-")[0] == numbers[0]]
        english = [name for name in same if "." not in name]
        if english or same:
            return (english or same)[0]
    raise NotFound(f"There is no leaflet '{reference}'.")


def _what_to_give(
    fmt: Format, option: OptionField, submitted: dict[str, str], not_offered: bool = False
) -> str:
    """ "Text size (pt): 60 will not do; give a whole number from 16 to 48", for a field that
    is wrong on its own (or `not_offered` in its list), in the words the command line uses too;
    "" for a field that is right (or not given)."""
    if option.name not in submitted:
        return ""
    if not not_offered:
        try:
            settings_for(fmt, {option.name: submitted[option.name]})
            return ""
        except LeafletError:
            pass
    given = submitted[option.name].strip() or "an empty box"
    return what_to_give(option, given, listed=not_offered)


# ---- kept requests -------------------------------------------------------------------------


@dataclass
class KeptRequest:
    """One patient's request as its folder keeps it: what was made, with which options, when."""

    leaflet: str  # "442 Lower back stretches in pregnancy"
    format: str
    options: list[str]  # "Text size: 24 pt"
    anyway: bool
    built: str
    files: list[FileView]
    who: str = ""
    set_url: str = ""  # all the files as one .zip, when there are several


def kept_requests() -> list[KeptRequest]:
    """Every request folder still kept, newest first, with its files' addresses; those past
    the retention time (config/requests.yaml) are pruned first, so the page never lists a file
    it is about to lose."""
    kept = []
    prune_request_folders()
    for path in sorted(requests_folder().glob("*/"), reverse=True):
        manifest = read_manifest(path)
        for name, entry in (manifest.get("formats") or {}).items():
            fmt = FORMATS.get(name)
            asked = entry.get("request") or {}
            files = [
                FileView(file, (path / file).stat().st_size, f"/request-files/{path.name}/{file}")
                for file in entry.get("files", {})
                if (path / file).is_file()
            ]
            if not fmt or not files:
                continue
            view = FormatView(fmt, "up to date", "", entry)
            kept.append(
                KeptRequest(
                    f"{manifest.get('number', '')} {manifest.get('title', '')}".strip(),
                    fmt.title,
                    # a sheet with a patient's blanks filled in is never "as offered", the
                    # standard one anyone may be sent (which blanks, never with what)
                    option_words(fmt, asked.get("options") or {})
                    + ["filled in for a patient"] * bool(asked.get("filled")),
                    bool(asked.get("anyway")),
                    view.built,
                    files,
                    asked.get("who", ""),
                    f"/request-file-sets/{path.name}/{name}.zip" * (len(files) > 1),
                )
            )
    return kept


def option_words(fmt: Format, options: dict) -> list[str]:
    """ "Text size: 24 pt", "Duplex: yes": settings as a person would say them, whether from a
    manifest (24, True) or the request log ("24", "true")."""
    words = []
    for name, value in options.items():
        info = fmt.settings.model_fields.get(name)
        if info is None:
            continue
        label = info.title or name.replace("_", " ").capitalize()
        shown = {"true": "yes", "false": "no", "": "standard"}.get(
            str(value).lower(), _setting_words(value)
        )
        unit = unit_words(info) if shown != "standard" else ""
        words.append(f"{label}: {shown}{' ' + unit.split(',')[0] if unit else ''}")
    return words


def _setting_words(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, str) and "/" in value:  # a voice file: its name, never a server path
        return Path(value).name
    return str(value).replace("-", " ") if isinstance(value, str) else str(value)


# ---- request options, from each format's settings model -------------------------------------


def option_fields(fmt: Format) -> list[OptionField]:
    """The settings a request from the web may change, with the trust's defaults filled in.

    Only settings with a closed set of values (choices, yes or no) or a number are offered.
    Free text stays in config/formats.yaml and `leaflet request`: typed into a browser it could
    name a file on the server (a voice model's path, say) or carry a patient's details into the
    log.
    """
    defaults = settings_for(fmt)
    fields = (
        option_field(name, info, getattr(defaults, name))
        for name, info in fmt.settings.model_fields.items()
    )
    return [option for option in fields if option.kind != "text"]


CONSENT_FIELD = "send_text_away"


def sends_text_to(fmt: Format) -> dict[str, dict[str, str]]:
    """{"voice": {"online": "Google"}}: option values that send the leaflet's text to a service
    outside the trust, which the page puts behind a tick saying so."""
    return {
        name: info.json_schema_extra["sends_text_to"]
        for name, info in fmt.settings.model_fields.items()
        if "sends_text_to" in (info.json_schema_extra or {})
    }


def refuse_unconsented(
    fmt: Format, changed: dict[str, object], consent: bool, admin: bool
) -> None:
    """An option that sends the leaflet's text away needs the tick that says so, ticked by a
    member of staff with the admin role."""
    for name, services in sends_text_to(fmt).items():
        service = services.get(str(changed.get(name)))
        if service and not admin:
            raise LeafletError(
                f"{fmt.title}: this choice sends the leaflet's text to {service}, which only "
                "staff with the admin role may do. Choose another, or ask an admin."
            )
        if service and not consent:
            raise LeafletError(
                f"{fmt.title}: this choice sends the leaflet's text to {service}. Tick 'Send "
                f"this leaflet's text to {service}' to use it, or choose another."
            )


def changed_options(fmt: Format, submitted: dict[str, str]) -> dict[str, object]:
    """The settings a request changes from the trust's defaults, validated by the format.

    A field the page does not offer is refused here, and one the format lacks by its settings
    model (extra="forbid"), so nothing but real options can reach the build or the log.
    """
    options = option_fields(fmt)
    offered = {option.name for option in options}
    for name in submitted:
        if name in fmt.settings.model_fields and name not in offered:
            raise LeafletError(
                f"{fmt.title}: '{name}' cannot be changed from the web page; it is set in "
                "config/formats.yaml or with `leaflet request`"
            )
    for option in options:
        given = submitted.get(option.name)
        if option.open_list and given is not None and given not in dict(option.choices):
            # a text setting offered as a list takes only what the list offers (never a path)
            raise LeafletError(f"{fmt.title}: {_what_to_give(fmt, option, submitted, True)}")
    defaults = settings_for(fmt).model_dump(mode="json")
    try:
        chosen = settings_for(fmt, submitted).model_dump(mode="json")
    except LeafletError as error:
        message = str(error)
        for option in options:  # the form's labels, not the CLI's flags
            message = message.replace(f"option --{option.name.replace('_', '-')}", option.label)
        wrong = [_what_to_give(fmt, option, submitted) for option in options]
        wrong = [words for words in wrong if words]
        raise LeafletError(f"{fmt.title}: {'; '.join(wrong) or message}") from None
    return {key: value for key, value in chosen.items() if value != defaults.get(key)}
