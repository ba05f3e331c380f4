"""Finding and loading the leaflets in source/: `<number>-<slug>.md` and translations
`<number>-<slug>.<lang>.md`, each read with the trust's config (reader.py parses one file)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..config import formats_config, organisation, organisation_path
from ..contacts import find_contacts
from ..errors import LeafletError
from ..model import (
    Leaflet,
    Metadata,
    Translation,
    TrustParts,
    reference_slug,
)
from ..offers import MADE, Offer
from ..paths import project_dir
from ..text import asked_number, reference_numbers
from .fill import leaflet_fields_of
from .reader import is_reference, parse_inline, read_leaflet, read_text, split_front_matter


def source_paths() -> list[Path]:
    """Every leaflet in source/: `<reference>-<slug>.md` (the reference as a slug: 442-...,
    phy-0412-...) and translations `<reference>-<slug>.<lang>.md`, each opening with front matter.

    Author-written Easy Read files (`.easyread.md`) belong to their leaflet, not beside it.
    """
    return sorted(
        path
        for path in _markdown_files()
        if not path.name.endswith(".easyread.md") and _opens_with_front_matter(path)
    )


def load_leaflet(path: Path) -> Leaflet:
    return read_leaflet(path, trust_parts)


def misnamed_sources() -> list[Path]:
    """Markdown files in source/ that are not leaflets (no front matter): worth a word."""
    return sorted(
        path
        for path in _markdown_files()
        if path.stem != "README"
        and not path.name.endswith(".easyread.md")
        and not _opens_with_front_matter(path)
    )


def _markdown_files() -> list[Path]:
    return list(project_dir("source").glob("*.md"))


def _opens_with_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(6).removeprefix("\ufeff".encode()).startswith(b"---")
    except OSError:
        return False


def read_sources(paths: Iterable[Path]) -> tuple[list[tuple[Path, Leaflet]], list[str]]:
    """Every readable leaflet, and a message for each that is not: one typo must not stop a
    batch, a status table or a check run."""
    problems: list[str] = []
    numbered: dict[tuple[int, str], list[tuple[Path, Leaflet]]] = {}
    for path in paths:
        try:
            leaflet = load_leaflet(path)
        except LeafletError as error:
            problems.append(str(error))
            continue
        numbered.setdefault((leaflet.meta.number, leaflet.variant), []).append((path, leaflet))
    loaded: list[tuple[Path, Leaflet]] = []
    for (number, _), found in numbered.items():
        if len(found) == 1:
            loaded += found
            continue
        # neither is built: the newer file is not necessarily the right one
        first, *others = sorted(path for path, _ in found)
        problems.append(
            f"{first} and {' and '.join(path.name for path in others)} both have leaflet number "
            f"{number}; each leaflet needs a number of its own, so none of them is built"
        )
    return sorted(loaded, key=lambda item: item[0]), problems


def find_sources(names: Iterable[str]) -> list[Path]:
    """Source files for leaflet names as staff type them: "442", "PHY-0412", "HEY-665/2021",
    "442-lower-back-...", a path."""
    paths = source_paths()
    chosen: list[Path] = []
    for name in names:
        candidate = Path(name)
        if candidate.suffix == ".md" and candidate.exists():
            matches = [candidate]
        else:
            matches = [
                p
                for p in paths
                if p.stem == name
                or p.stem.split(".")[0] == name
                # an unreadable one is taken too, so loading it names what is wrong
                or p.name.startswith(f"{reference_slug(name)}-")
                and (
                    _reference_of(p).casefold() in (name.casefold(), "")
                    # typed as its file name writes it: "nch-ant-0231" for "NCH/ANT/0231"
                    or reference_slug(_reference_of(p)) == name.casefold()
                )
            ]
            if not any(p.stem.split(".")[0] == name for p in matches):
                # a reference alone means the English leaflet, not its translations
                matches = [p for p in matches if "." not in p.stem] or matches
        if not matches:
            matches = _by_number(name, paths)
        if not matches:
            known = ", ".join(p.stem for p in paths) or "none"
            raise LeafletError(
                f"no leaflet '{name}' in {project_dir('source')}; the leaflets there are: {known}"
            )
        chosen.extend(m for m in matches if m not in chosen)
    return chosen


@dataclass(frozen=True)
class FoundField:
    name: str  # "seconds", "seconds-2": unique in the leaflet, safe in a form or a file
    label: str  # what goes there, as the leaflet says it
    where: str  # the source line and the section it is in


def leaflet_fields(path: Path) -> list[FoundField]:
    """A leaflet's fill-in fields in reading order, each with the source line it is on."""
    leaflet = load_leaflet(path)
    lines = [n for n, line in enumerate(read_text(path).splitlines(), 1) for _ in
             range(line.count("]{.field}"))]
    found: list[FoundField] = []
    for field in leaflet_fields_of(leaflet):
        line = lines[len(found)] if len(found) < len(lines) else 0
        under = f", under '{field.section}'" if field.section else ""
        where = f"{path.name} line {line}{under}"
        label = field.label.rstrip(":")
        label = f"{field.of}: {label}" if field.of else label  # "Reliever inhaler (blue): puffs"
        found.append(FoundField(field.name, label, where))
    return found


def _by_number(name: str, paths: list[Path]) -> list[Path]:
    """The leaflet whose reference has the number typed, with or without its prefix, as the web
    page's search finds it ("0215", "GAS0215", "gas/0215" for GAS/0215); letters before the
    number must be the reference's own when it has any ("PHY0215" is not GAS/0215). A number two
    leaflets share is refused, naming both: staff choose, the command never guesses."""
    asked = asked_number(re.sub(r"[\s/#_-]+", "", name))
    if asked is None:
        return []
    letters, number = asked
    found = []
    for path in paths:
        reference = _reference_of(path)
        prefixes = re.findall(r"[a-z]+", reference.casefold())
        if number in reference_numbers(reference) and (
            not letters or not prefixes or letters in prefixes
        ):
            found.append((reference, path))
    english = [(reference, p) for reference, p in found if "." not in p.stem] or found
    if len({reference for reference, _ in english}) > 1:
        named = " or ".join(f"{reference} ({p.stem})" for reference, p in english)
        raise LeafletError(f"'{name}' could be {named}: give the whole reference")
    return [p for _, p in english]


def _reference_of(path: Path) -> str:
    """The reference in a source's front matter ("" when it cannot be read, or is not a
    reference: loading the file names what is wrong)."""
    try:
        data, _, _ = split_front_matter(read_text(path), str(path))
    except LeafletError:
        return ""
    reference = str(data.get("number", "")).strip()
    return reference if is_reference(reference) else ""


def trust_offer() -> Offer:
    """The trust's default offer: the formats config/formats.yaml offers, other languages when
    config/organisation.yaml has the offer in them, and what the equality team arranges."""
    org = organisation()
    return Offer(
        made=tuple(name for name in MADE if name in formats_config().offered),
        translations=bool(org.format_offer.translations),
        arranged=tuple(org.format_offer.arranged),
    )


def trust_parts(meta: Metadata | None = None) -> TrustParts:
    """What a leaflet ends with, links parsed from their Markdown: the trust's parts, and the
    offer sentence built from what this leaflet offers (its own `formats:` or the trust's), so it
    never promises a format that is not made. The lines in other languages come only with an
    offer of other languages."""
    org = organisation()
    config = org.format_offer
    where = str(organisation_path())
    offer = trust_offer()
    if meta is not None and meta.formats is not None:
        offer = Offer.from_names(meta.formats)
    fields = {"phone": config.phone, "email": config.email, "formats": offer.phrase()}
    if meta is not None and meta.format_offer:
        own = meta.format_offer
        if not find_contacts(own, ("phone", "email")):  # the leaflet's words, then how to ask
            own += f" To ask for one, please telephone {config.phone}."
        sentence = parse_inline(own, "front matter: format_offer")
    else:
        sentence = parse_inline(config.text.format(**fields), f"{where}: format_offer.text")
    translations = config.translations if offer.translations else []
    return TrustParts(
        organisation=org.name,
        format_offer=sentence,
        phone=config.phone,
        email=config.email,
        translations=tuple(Translation(t.lang, t.language, t.text) for t in translations),
        footer=tuple(
            parse_inline(line, f"{where}: footer.{i}") for i, line in enumerate(org.footer)
        ),
        offer=offer,
    )
