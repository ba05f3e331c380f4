"""Shared fixtures: the real reference leaflet, and a private project folder for builds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline import staff
from pipeline.model import Leaflet
from pipeline.paths import PROJECT_ROOT
from pipeline.sources import load_leaflet

# Fuzzing budgets: a modest one for every test run, a long one for bench/fuzz_sources.py.
settings.register_profile("ci", max_examples=150)
settings.register_profile("long", max_examples=20_000)
settings.load_profile("ci")

SOURCE_442 = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"
FIXTURES = Path(__file__).parent / "fixtures"
# The trust's reference leaflet as it reached us, in plain text: what `leaflet import` starts from.
SEED = FIXTURES / "leaflet-442-lower-back-stretches-in-pregnancy.txt"


@pytest.fixture(scope="session")
def leaflet_442() -> Leaflet:
    """The reference leaflet as every writer sees it, with the trust's real config."""
    return load_leaflet(SOURCE_442)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of source/ and config/ with its own outputs/, so tests never touch the real ones."""
    for name in ("source", "config"):
        shutil.copytree(PROJECT_ROOT / name, tmp_path / name)
        monkeypatch.setenv(f"LEAFLET_{name.upper()}", str(tmp_path / name))
    (tmp_path / "outputs").mkdir()
    monkeypatch.setenv("LEAFLET_OUTPUTS", str(tmp_path / "outputs"))
    return tmp_path


def sign_in_as_staff(client) -> None:
    """Every page needs a member of staff signed in: a test client signs in as an admin through
    the sign-in form, as a browser would (in the `project` folder's staff accounts)."""
    password = "a password for the tests"
    staff.add("t.staff", password, admin=True, replace=True)
    form = client.get("/sign-in").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)[1]
    fields = {"csrf_token": token, "name": "t.staff", "password": password}
    assert "Signed in as t.staff" in client.post("/sign-in", data=fields).text
