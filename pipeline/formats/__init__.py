"""What a format is: a writer, a checker and its settings. One module per format lives here;
formats/registry.py lists them."""

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


Writer = Callable[[Leaflet, FormatSettings, Path], list[Path]]
Checker = Callable[[Leaflet, FormatSettings, list[Path]], CheckReport]


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

    @property
    def package(self) -> str:
        """The package holding the format's whole logic: pipeline.formats.braille."""
        return ".".join(self.write.__module__.split(".")[:3])


def output_file(folder: Path, leaflet: Leaflet, format_name: str, suffix: str) -> Path:
    """Files are named by leaflet number, version and format: 442-v3-braille.brf."""
    variant = f"-{leaflet.variant}" if leaflet.variant else ""
    return folder / f"{leaflet.identifier}{variant}-{format_name}{suffix}"
