"""The pipeline's own code, read as text: which modules each module imports, and so which files
a format's output depends on. A format goes stale when code it runs changes, not when any file
of the package does (a web page fix rebuilds nothing; a braille fix rebuilds only braille)."""

from __future__ import annotations

import ast
import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..paths import user_cache_dir

PACKAGE = "pipeline"
PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Files beside a module that its code reads: stylesheets, braille tables, templates.
DATA_SUFFIXES = {".css", ".html", ".js", ".uti", ".txt", ".yaml"}


@dataclass(frozen=True)
class ModuleImport:
    importer: str  # "pipeline.formats.braille"
    imported: str  # "pipeline.model"
    line: int
    in_function: bool  # written inside a function body (a lazy import)


def module_file(name: str) -> Path | None:
    """The file of one of our modules, or None when `name` is not one (a class, a function)."""
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    base = PACKAGE_DIR.joinpath(*parts[1:])
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def all_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE_DIR).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join([PACKAGE, *parts]))
    return names


def _package_of(name: str) -> str:
    path = module_file(name)
    return name if path is not None and path.name == "__init__.py" else name.rpartition(".")[0]


def _in_function(tree: ast.AST) -> set[int]:
    """ids of import nodes written inside a function or method."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for child in ast.walk(node):
                if isinstance(child, ast.Import | ast.ImportFrom):
                    inside.add(id(child))
    return inside


@cache
def imports_of(name: str) -> tuple[ModuleImport, ...]:
    """Every import of one of our modules written in module `name`, wherever it stands."""
    path = module_file(name)
    if path is None:
        return ()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lazy = _in_function(tree)
    found: list[ModuleImport] = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(name).split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from . import braille` imports the module braille; `from .model import Leaflet`
            # imports the module model.
            submodules = [f"{module}.{alias.name}" for alias in node.names]
            targets = [m for m in submodules if module_file(m)] or [module]
        for target in targets:
            if module_file(target) is not None:
                found.append(ModuleImport(name, target, node.lineno, id(node) in lazy))
    return tuple(found)


def closure(roots: tuple[str, ...]) -> list[str]:
    """The modules `roots` run: themselves, their packages' __init__ and all they import."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        parent = name.rpartition(".")[0]
        if parent:  # importing pipeline.formats.braille runs pipeline/formats/__init__.py first
            todo.append(parent)
        todo.extend(found.imported for found in imports_of(name))
    return sorted(seen)


def code_files(roots: tuple[str, ...]) -> list[Path]:
    """The source files of the closure, with the data files beside each package's modules."""
    files: set[Path] = set()
    for name in closure(roots):
        path = module_file(name)
        if path is None:
            continue
        files.add(path)
        if path.name == "__init__.py":
            files.update(
                data
                for data in path.parent.iterdir()
                if data.is_file() and data.suffix in DATA_SUFFIXES
            )
    return sorted(files)


@cache
def code_fingerprint(roots: tuple[str, ...], version: str) -> str:
    """The hash of the code a format runs. Reading every module to find what imports what
    costs more than a no-op build should, so the answer is kept on disk for as long as no file
    of the package changes size or time."""
    remembered = _remembered_path(roots, version)
    try:
        return remembered.read_text(encoding="utf-8")
    except OSError:
        pass
    digest = hashlib.sha256(version.encode())
    for path in code_files(roots):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(path.read_bytes())
    try:
        remembered.parent.mkdir(parents=True, exist_ok=True)
        temporary = remembered.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(digest.hexdigest(), encoding="utf-8")
        os.replace(temporary, remembered)
    except OSError:  # a read-only home: compute it each time
        pass
    return digest.hexdigest()


def _remembered_path(roots: tuple[str, ...], version: str) -> Path:
    stamps = [
        (str(path.relative_to(PACKAGE_DIR)), path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(PACKAGE_DIR.rglob("*"))
        if path.is_file() and (path.suffix == ".py" or path.suffix in DATA_SUFFIXES)
    ]
    key = hashlib.sha256(json.dumps([str(PACKAGE_DIR), version, roots, stamps]).encode())
    return user_cache_dir() / "code-fingerprints" / key.hexdigest()
