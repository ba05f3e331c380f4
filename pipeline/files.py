"""Files the pipeline writes: atomically, so an interrupted build never leaves half a file where a
good one stood; and hashed, so manifests can say what each file was. Imports nothing of ours."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from pathlib import Path

_UMASK = os.umask(0o022)
os.umask(_UMASK)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename into place: never a half-written file. A target that
    is there and no regular file (a FIFO, /dev/null, a terminal) is written into, as cp does:
    a rename would put a regular file in place of the device or pipe."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        with open(path, "wb") as out:
            out.write(data)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except FileExistsError as error:  # a file where a folder of the path should be
        not_a_folder = os.strerror(errno.ENOTDIR)
        raise NotADirectoryError(errno.ENOTDIR, not_a_folder, error.filename) from None
    except OSError as error:  # named by the target asked for, not our temporary name
        raise type(error)(error.errno, error.strerror, str(path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
