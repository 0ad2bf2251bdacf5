"""Where the program's own files live, whether run from a checkout or installed."""

from __future__ import annotations

import sys
from pathlib import Path

PROJECT_SUFFIX = ".policy.json"


def program_file(*parts: str) -> Path:
    """A file or folder the program ships (``templates``, ``resources/…``).

    The one place that knows where they are: beside the source in a checkout (also
    when installed from it in editable mode, as ``run.py`` does), inside the ``wizard``
    package when installed from a wheel (``pip install .``), in the bundle's data folder
    (``sys._MEIPASS``, the ``_internal`` folder beside the executable) in a frozen build.
    """
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
        return base.joinpath(*parts)
    here = Path(__file__).resolve().parent
    if (here / "_templates").is_dir():
        # Installed by `pip install .`: the folders are package data of wizard, under
        # the names pyproject.toml gives them ([tool.setuptools.package-dir]).
        for folder, installed in _INSTALLED.items():
            if parts[: len(folder)] == folder:
                return here.joinpath(installed, *parts[len(folder) :])
    return here.parent.joinpath(*parts)


_INSTALLED: dict[tuple[str, ...], str] = {
    ("templates",): "_templates",
    ("resources",): "_resources",
    ("examples",): "_examples",
    ("packaging", "licenses"): "_licenses",
}


TEMPLATES = program_file("templates")
RESOURCES = program_file("resources")
REFERENCE_DOCX = program_file("resources", "reference.docx")
EXAMPLES = program_file("examples")  # example projects, offered on the welcome page


def cache_folder() -> Path | None:
    """Where compiled templates are kept between runs; None when there is no such place.

    ``POLICY_BUILDER_HOME`` moves it (the tests point it at a temporary folder).
    """
    import os

    home = os.environ.get("POLICY_BUILDER_HOME")
    if home:
        base = Path(home) / "cache"
    elif os.name == "nt":
        base = (
            Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
            / "SocialMediaPolicyBuilder"
        )
    else:
        base = (
            Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
            / "social-media-policy-builder"
        )
    try:
        folder = base / "templates"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder
