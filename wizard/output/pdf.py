"""PDF copies of the written Word documents, made by LibreOffice when it is installed.

LibreOffice is looked for on the PATH (``soffice``, ``libreoffice``) and in its usual
install folders on Windows, macOS and Linux; both are parameters, so a test can point
the search at an empty PATH and no folders.

Each document is converted on its own, one after the other, by a LibreOffice that
runs with a fresh private profile in a temporary folder: a LibreOffice the user has
open (with its own profile) does not block it, and a conversion that hangs is stopped
after a time-out without leaving a locked profile behind.

``soffice --convert-to pdf`` exports the contents page as the Word file holds it:
titles without page numbers, because Word fills those in only when it opens the file.
So the conversion runs a small LibreOffice Basic routine, kept in the private profile
and nowhere else, that opens the document hidden, updates its indexes (the contents
page) and fields, and stores it as tagged PDF (``UseTaggedPDF``) with the
``writer_pdf_Export`` filter. The PDF is then written beside the Word file atomically.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from wizard.answers.model import Language
from wizard.files import atomic_write
from wizard.language import in_language
from wizard.output.export import pdf_path as pdf_path  # where a PDF goes, for the callers

DEFAULT_TIMEOUT = 120.0  # seconds for one document, start to finish
PROGRAM_NAMES = ("soffice", "libreoffice")

# (Dutch, English)
_TEXTS: dict[str, tuple[str, str]] = {
    "not_installed": (
        "voor PDF is LibreOffice nodig en dat is niet gevonden; de Word-bestanden zijn wel "
        "geschreven. Installeer LibreOffice (gratis, via libreoffice.org; op Debian of Ubuntu: "
        "sudo apt install libreoffice-writer) en probeer het opnieuw.",
        "PDF needs LibreOffice, which was not found; the Word files were written. Install "
        "LibreOffice (free, from libreoffice.org; on Debian or Ubuntu: sudo apt install "
        "libreoffice-writer) and try again.",
    ),
    "failed": (
        "de PDF kon niet worden gemaakt ({detail}); het Word-bestand staat er wel.",
        "the PDF could not be made ({detail}); the Word file is there.",
    ),
    "timeout": (
        "LibreOffice was na {seconds} seconden nog niet klaar",
        "LibreOffice had not finished after {seconds} seconds",
    ),
    "reported": ("LibreOffice meldde: {detail}", "LibreOffice reported: {detail}"),
    "no_output": ("LibreOffice schreef geen PDF", "LibreOffice wrote no PDF"),
    "exit_code": ("LibreOffice stopte met code {status}", "LibreOffice stopped with code {status}"),
    "cannot_start": (
        "LibreOffice kon niet worden gestart: {detail}",
        "LibreOffice could not be started: {detail}",
    ),
}


def message(code: str, language: Language, **params: object) -> str:
    """A message about PDF conversion, in ``language``."""
    return in_language(_TEXTS[code], language, **params)


class PdfError(Exception):
    """A conversion that did not give a PDF; ``code`` and ``params`` say why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(message(code, Language.EN, **params))
        self.code, self.params = code, params

    def detail(self, language: Language) -> str:
        return message(self.code, language, **self.params)


# --- finding LibreOffice ---------------------------------------------------------------


def install_candidates(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    opt: Path = Path("/opt"),
) -> list[Path]:
    """Where LibreOffice is installed when it is not on the PATH, most likely first."""
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    if platform.startswith("win"):
        roots = [
            env.get(name, "") for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
        ]
        folders = [*(r for r in roots if r), r"C:\Program Files", r"C:\Program Files (x86)"]
        unique = list(dict.fromkeys(folders))
        return [Path(root) / "LibreOffice" / "program" / "soffice.exe" for root in unique]
    if platform == "darwin":
        app = Path("LibreOffice.app") / "Contents" / "MacOS" / "soffice"
        return [Path("/Applications") / app, Path.home() / "Applications" / app]
    # Linux and others: the packages of libreoffice.org install into /opt.
    return sorted(opt.glob("libreoffice*/program/soffice"), reverse=True)


def find_libreoffice(
    search_path: str | None = None, candidates: Iterable[Path] | None = None
) -> Path | None:
    """The LibreOffice program, or None.

    ``search_path`` is a PATH-style list of folders (default: the PATH);
    ``candidates`` are the install locations tried after it (default:
    :func:`install_candidates`).
    """
    for name in PROGRAM_NAMES:
        found = shutil.which(name, path=search_path)
        if found:
            return Path(found)
    for candidate in install_candidates() if candidates is None else candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


# --- converting ------------------------------------------------------------------------

# Runs inside LibreOffice. Every error ends up in the failure file instead of a dialog
# that nobody sees, and the document is closed so that LibreOffice can exit.
_BASIC = """REM Social Media Policy Builder: Word to tagged PDF, with the contents updated.
Sub ToPdf(source As String, target As String, failure As String)
  Dim doc As Object
  Dim i As Integer
  On Error GoTo Failed
  Dim load(1) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  load(1).Name = "ReadOnly" : load(1).Value = True
  doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, load())
  If IsNull(doc) Then Error 1
  REM Page numbers can move once the contents are filled in: update twice.
  For i = 0 To doc.getDocumentIndexes().getCount() - 1
    doc.getDocumentIndexes().getByIndex(i).update()
  Next i
  doc.getTextFields().refresh()
  For i = 0 To doc.getDocumentIndexes().getCount() - 1
    doc.getDocumentIndexes().getByIndex(i).update()
  Next i
  Dim options(0) As New com.sun.star.beans.PropertyValue
  options(0).Name = "UseTaggedPDF" : options(0).Value = True
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName" : store(0).Value = "writer_pdf_Export"
  store(1).Name = "FilterData" : store(1).Value = options()
  doc.storeToURL(target, store())
  doc.close(True)
  Exit Sub
Failed:
  Dim message As String
  message = Error$ & " (" & Err & ", line " & Erl & ")"
  On Error Resume Next
  Dim handle As Integer
  handle = FreeFile
  Open ConvertFromURL(failure) For Output As #handle
  Print #handle, message
  Close #handle
  If Not IsNull(doc) Then doc.close(True)
End Sub
"""

_MODULE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
    '"module.dtd">\n'
    '<script:module xmlns:script="http://openoffice.org/2000/script" '
    'script:name="Module1" script:language="StarBasic">'
    f"{escape(_BASIC)}</script:module>\n"
)


def _start(command: Sequence[str]) -> subprocess.Popen[bytes]:
    # A process group of its own, so that a time-out stops LibreOffice with its helpers.
    if sys.platform == "win32":
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            creationflags=subprocess.CREATE_NEW_PROCESS_GROUP,
        )
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)],
            capture_output=True,
            check=False,
        )
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            process.kill()
    process.communicate()


def _run(command: Sequence[str], deadline: float, timeout: float) -> None:
    """Run ``command`` until it ends or the clock passes ``deadline`` (of ``timeout``)."""
    try:
        process = _start(command)
    except OSError as error:
        raise PdfError("cannot_start", detail=error.strerror or str(error)) from None
    try:
        process.communicate(timeout=max(deadline - time.monotonic(), 0.1))
    except subprocess.TimeoutExpired:
        _stop(process)
        raise PdfError("timeout", seconds=round(timeout)) from None
    if process.returncode != 0:
        raise PdfError("exit_code", status=process.returncode)


def convert(
    office: Path, document: Path, target: Path, *, timeout: float = DEFAULT_TIMEOUT
) -> Path:
    """Convert the Word file ``document`` to tagged PDF at ``target``, contents updated."""
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="policy-builder-pdf-") as folder:
        work = Path(folder)
        profile = work / "profile"
        install = f"-env:UserInstallation={profile.as_uri()}"
        # A first start lays out the profile; the routine goes into its Basic library.
        _run([str(office), install, "--headless", "--terminate_after_init"], deadline, timeout)
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        if not module.parent.is_dir():
            raise PdfError("no_output")
        module.write_text(_MODULE, encoding="utf-8")
        # A copy with a plain name: the user's file is neither locked nor touched.
        source, result, failure = work / "document.docx", work / "document.pdf", work / "failure"
        shutil.copyfile(document, source)
        call = (
            f'macro:///Standard.Module1.ToPdf("{source.as_uri()}","{result.as_uri()}",'
            f'"{failure.as_uri()}")'
        )
        command = [str(office), install, "--headless", "--norestore", "--nologo"]
        _run([*command, "--nodefault", "--nolockcheck", call], deadline, timeout)
        if failure.exists():
            detail = failure.read_text(encoding="utf-8", errors="replace").strip()
            raise PdfError("reported", detail=detail or "?")
        data = result.read_bytes() if result.exists() else b""
        if not data.startswith(b"%PDF"):
            raise PdfError("no_output")
        atomic_write(target, data)
    return target
