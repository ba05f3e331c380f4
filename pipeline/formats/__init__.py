"""What a format is: a writer, a checker, its settings and how its files are previewed. One
package per format lives here; formats/registry.py lists them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ..model import Leaflet


class FormatSettings(BaseModel):
    """Base of every format's settings: unknown options are refused, not ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


@dataclass
class CheckReport:
    """What a format's checker found, in words a member of staff understands."""

    format: str
    problems: list[str] = field(default_factory=list)  # each one fails the check
    findings: list[str] = field(default_factory=list)  # measurements worth showing

    @property
    def passed(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"passed": self.passed, "problems": self.problems, "findings": self.findings}


@dataclass(frozen=True)
class Preview:
    """What the web page shows of a built format, so that the page needs to know no format:

    - "braille": `braille_lines`, the first braille page as (cells, print) pairs;
    - "page": the first page of `file` (a PDF, or a document LibreOffice opens) as a picture;
    - "audio": a player for `file`;
    - "web": `file` shown as a page in a sandboxed frame;
    - "": nothing to show.
    """

    kind: str = ""
    file: str = ""  # the name of the built file previewed, as the manifest lists it
    media_type: str = ""  # of that file
    braille_lines: tuple[tuple[str, str], ...] = ()


Writer = Callable[[Leaflet, FormatSettings, Path], list[Path]]
Checker = Callable[[Leaflet, FormatSettings, list[Path]], CheckReport]
# (leaflet, settings as the manifest records them, built files) -> what the web page shows. It
# reads the files as built, which may be older than the leaflet (the page says so).
Previewer = Callable[[Leaflet, dict, list[Path]], Preview]


@dataclass(frozen=True)
class Format:
    name: str  # the same in the CLI, config, file names and the web page: "large-print"
    title: str  # for people: "Large print"
    description: str
    settings: type[FormatSettings]
    write: Writer  # (leaflet, settings, folder) -> files written, all inside folder
    check: Checker  # reads the files back the way their user would
    tool_versions: Callable[[], dict[str, str]] = dict  # recorded in the manifest
    # What else the output is made from, so that an edit makes only the formats that read it
    # stale: files in config/ (every format prints the trust's parts from organisation.yaml), and
    # files beside the leaflet's source (Easy Read's author-written .easyread.md).
    config_files: tuple[str, ...] = ("organisation.yaml",)
    companion_files: Callable[[Leaflet], list[Path]] = lambda leaflet: []
    preview: Previewer | None = None
    # Loads (and so validates) the config files the format reads beyond organisation.yaml, so a
    # mistake in one is named before any format is rebuilt, not halfway through a batch.
    load_config: Callable[[], object] = lambda: None
    # Why the format is not made for this leaflet, in words for staff ("" when it is made): Easy
    # Read is not drafted from a translation, it is written by hand from the English. A build
    # says so and goes on, never counting it as failed; a request for it is refused with it.
    not_made: Callable[[Leaflet], str] = lambda leaflet: ""
    # A companion file staff may give on the web page (Easy Read's own words, written by hand):
    # what staff call it, and its reader, which reads a file as the build will read it, naming
    # what is wrong as a LeafletError, and returns what a person should look at.
    companion_title: str = ""
    read_companion: Callable[[Leaflet, Path], list[str]] | None = None

    @property
    def package(self) -> str:
        """The package holding the format's whole logic: pipeline.formats.braille."""
        return ".".join(self.write.__module__.split(".")[:3])


def output_file(folder: Path, leaflet: Leaflet, format_name: str, suffix: str) -> Path:
    """Files are named by leaflet number, version and format: 442-v3-braille.brf."""
    variant = f"-{leaflet.variant}" if leaflet.variant else ""
    return folder / f"{leaflet.identifier}{variant}-{format_name}{suffix}"


def showing(kind: str, suffix: str, media_type: str) -> Previewer:
    """The preview of a format whose file is shown as it is: its first page, a player, a frame.

    The file is the first one built whose name ends in `suffix`."""

    def preview(leaflet: Leaflet, settings: dict, files: list[Path]) -> Preview:
        shown = next((path for path in files if path.name.endswith(suffix)), None)
        return Preview(kind, shown.name, media_type) if shown else Preview()

    return preview
