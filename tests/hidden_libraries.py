"""Run a command on this machine as if some shared libraries were not installed.

A private mount namespace (``unshare``) replaces the system's library folder, for the
command only, by a folder of links to every file in it except the hidden ones: the
dynamic loader, ``ldd`` and Qt then find them missing, as on a stock install.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

MOUNT_AND_RUN = 'mount --bind "$1" "$2" && mount --bind "$3" "$1" && shift 3 && exec "$@"'


def unshare_prefix() -> list[str] | None:
    """``unshare`` with a private mount namespace (as root, or in a user namespace), or None
    where this machine allows neither."""
    for prefix in (["unshare", "--mount"], ["unshare", "--user", "--map-root-user", "--mount"]):
        try:
            probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return prefix
    return None


def library_folder(soname: str, ldd_output: str) -> Path:
    """The folder the loader found ``soname`` in, according to ``ldd_output``."""
    for line in ldd_output.splitlines():
        name, _, where = line.strip().partition(" => ")
        if name == soname and where.startswith("/"):
            return Path(os.path.realpath(Path(where.split()[0]).parent))
    raise LookupError(f"{soname} is not installed here")


def without(hidden: list[str], folder: Path, prefix: list[str], tmp: Path | None = None) -> list[str]:
    """The command prefix that runs a command with ``hidden`` (sonames) missing from ``folder``."""
    tmp = Path(tempfile.mkdtemp(dir=tmp))
    original, links = tmp / "original", tmp / "links"
    original.mkdir()
    links.mkdir()
    for name in os.listdir(folder):
        if not any(name.startswith(soname) for soname in hidden):
            (links / name).symlink_to(original / name)
    return [*prefix, "sh", "-c", MOUNT_AND_RUN, "sh", str(folder), str(original), str(links)]
