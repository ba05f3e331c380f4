"""Where the project keeps its sources, config and outputs (overridable for tests and staff)."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def project_dir(name: str) -> Path:
    """source/, config/ or outputs/, or the folder named by LEAFLET_SOURCE and the like."""
    override = os.environ.get(f"LEAFLET_{name.upper()}")
    return Path(override) if override else PROJECT_ROOT / name


def user_cache_dir() -> Path:
    """~/.cache/nhs-leaflet-pipeline (or under XDG_CACHE_HOME): what this machine can remake."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nhs-leaflet-pipeline"
