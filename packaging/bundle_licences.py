"""The licences of what only the bundle carries, for the third-party notice.

Used by policy-builder.spec (which writes the notice into the bundle) and build.py
(which writes the .deb's copyright file from the same list, kept in build/licences):
the components of the running environment (wizard.notices.components), PyInstaller's
bootloader, and the shared libraries PyInstaller copied from the build machine, with
the copyright file of the Debian package each came from.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from wizard.notices import Component, components, distribution_component

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "build" / "licences" / "components.json"


def pyinstaller_component() -> Component:
    """PyInstaller's bootloader, which is the bundle's executable."""
    component = distribution_component(metadata.distribution("pyinstaller"))
    component.note = (
        "The program's executable is PyInstaller's bootloader, under the GPL-2.0 with "
        "PyInstaller's exception, which allows it in programs under any licence."
    )
    component.paths = []
    return component


def _dpkg(*args: str) -> str:
    try:
        result = subprocess.run(["dpkg", *args], capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return result.stdout if result.returncode == 0 else ""


def system_components(binaries: list[tuple[str, str, str]]) -> list[Component]:
    """The libraries copied from the build machine's system folders, by Debian package.

    ``binaries`` is PyInstaller's list of (destination, source, kind). A library that
    comes from the Python installation or a Python distribution is covered by those.
    """
    prefixes = tuple(str(Path(p).resolve()) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix})
    by_package: dict[str, list[str]] = {}
    unknown: list[str] = []
    for dest, source, _ in binaries:
        real = str(Path(source).resolve())
        if real.startswith(prefixes) or str(Path(source)).startswith(prefixes):
            continue
        owner = _dpkg("-S", real) or _dpkg("-S", source)
        package = owner.split(":", 1)[0].strip() if owner else ""
        (by_package.setdefault(package, []) if package else unknown).append(dest)
    found = []
    for package, files in sorted(by_package.items()):
        version = _dpkg("-s", package)
        version = next(
            (
                line.split(":", 1)[1].strip()
                for line in version.splitlines()
                if line.startswith("Version:")
            ),
            "",
        )
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        texts = (
            [
                (
                    str(copyright_file),
                    copyright_file.read_text(encoding="utf-8", errors="replace").strip(),
                )
            ]
            if copyright_file.is_file()
            else []
        )
        found.append(
            Component(
                package,
                version,
                "see the Debian copyright file below",
                texts,
                note="Shared libraries from the build machine's Debian package "
                f"{package}: {', '.join(sorted(files))}.",
                paths=sorted(files),
            )
        )
    if unknown:
        found.append(
            Component(
                "other system libraries",
                "",
                "unknown",
                note="Copied from the build machine without licence information: "
                + ", ".join(sorted(unknown)),
                paths=sorted(unknown),
            )
        )
    return found


def bundle_components(
    binaries: list[tuple[str, str, str]],
) -> tuple[list[Component], list[Component]]:
    """(the environment's components, what only the bundle adds); stored for build.py."""
    parts = components()
    extra = [pyinstaller_component(), *system_components(binaries)]
    STORE.parent.mkdir(parents=True, exist_ok=True)
    STORE.write_text(
        json.dumps({"parts": [asdict(c) for c in parts], "extra": [asdict(c) for c in extra]}),
        encoding="utf-8",
    )
    return parts, extra


def stored_components() -> tuple[list[Component], list[Component]]:
    """What the last bundle build stored."""
    data = json.loads(STORE.read_text(encoding="utf-8"))

    def load(item: dict) -> Component:  # type: ignore[type-arg]
        item["texts"] = [tuple(t) for t in item["texts"]]
        return Component(**item)

    return [load(i) for i in data["parts"]], [load(i) for i in data["extra"]]
