"""Where the program's own files live, whether run from a checkout or installed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
RESOURCES = ROOT / "resources"
REFERENCE_DOCX = RESOURCES / "reference.docx"
EXAMPLES = ROOT / "examples"  # example projects, offered on the welcome page
PROJECT_SUFFIX = ".policy.json"


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
