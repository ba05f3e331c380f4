"""Finding and loading the leaflets in source/: `<number>-<slug>.md` and translations
`<number>-<slug>.<lang>.md`, each read with the trust's config (reader.py parses one file)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..config import organisation, organisation_path
from ..errors import LeafletError
from ..model import Leaflet, Translation, TrustParts
from ..paths import project_dir
from .reader import parse_inline, read_leaflet


def source_paths() -> list[Path]:
    """Every leaflet in source/: `<number>-<slug>.md` and translations `<number>-<slug>.<lang>.md`.

    Author-written Easy Read files (`.easyread.md`) belong to their leaflet, not beside it.
    """
    folder = project_dir("source")
    return sorted(
        path
        for path in folder.glob("*.md")
        if path.name[0].isdigit() and not path.name.endswith(".easyread.md")
    )


def load_leaflet(path: Path) -> Leaflet:
    return read_leaflet(path, trust_parts())


def misnamed_sources() -> list[Path]:
    """Markdown files in source/ that are not leaflets because of their name: worth a word."""
    folder = project_dir("source")
    return sorted(
        path for path in folder.glob("*.md") if not path.name[0].isdigit() and path.stem != "README"
    )


def read_sources(paths: Iterable[Path]) -> tuple[list[tuple[Path, Leaflet]], list[str]]:
    """Every readable leaflet, and a message for each that is not: one typo must not stop a
    batch, a status table or a check run."""
    loaded: list[tuple[Path, Leaflet]] = []
    problems: list[str] = []
    numbered: dict[tuple[int, str], Path] = {}
    for path in paths:
        try:
            leaflet = load_leaflet(path)
        except LeafletError as error:
            problems.append(str(error))
            continue
        key = (leaflet.meta.number, leaflet.variant)
        if key in numbered:
            problems.append(
                f"{path}: leaflet number {key[0]} is already used by {numbered[key].name}; "
                "each leaflet needs a number of its own"
            )
            continue
        numbered[key] = path
        loaded.append((path, leaflet))
    return loaded, problems


def find_sources(names: Iterable[str]) -> list[Path]:
    """Source files for leaflet names as staff type them: "442", "442-lower-back-...", a path."""
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
                if p.stem == name or p.stem.split(".")[0] == name or p.name.split("-")[0] == name
            ]
            if name.isdigit():  # a number alone means the English leaflet, not its translations
                matches = [p for p in matches if "." not in p.stem] or matches
        if not matches:
            known = ", ".join(p.stem for p in paths) or "none"
            raise LeafletError(
                f"no leaflet '{name}' in {project_dir('source')}; the leaflets there are: {known}"
            )
        chosen.extend(m for m in matches if m not in chosen)
    return chosen


def trust_parts() -> TrustParts:
    """The trust-wide closing parts as model data, links parsed from their Markdown."""
    org = organisation()
    offer = org.format_offer
    where = str(organisation_path())
    return TrustParts(
        organisation=org.name,
        format_offer=parse_inline(
            offer.text.format(phone=offer.phone, email=offer.email), f"{where}: format_offer.text"
        ),
        phone=offer.phone,
        email=offer.email,
        translations=tuple(Translation(t.lang, t.language, t.text) for t in offer.translations),
        footer=tuple(
            parse_inline(line, f"{where}: footer.{i}") for i, line in enumerate(org.footer)
        ),
    )
