"""Reading someone else's Office file (a zip of XML parts) within bounds.

Both a house style (``wizard.output.house_style``) and an edited document read back
(``wizard.output.import_edits``) are files a user hands us: they are read here, and
nowhere else, so that both get the same hardening.

- The zip is bounded before anything is unpacked: the number of members, their sizes
  together, and the ratio of unpacked to packed for a large member (a zip bomb). The
  sizes in the zip's directory may lie, so every member is then unpacked once, as a
  stream, counting what it really holds.
- Every member, whatever its name and encoding (UTF-16 too), is read as XML up to its
  first element: a DTD or an entity declaration anywhere refuses the whole file, so no
  part can carry one into what is written, and no parser ever expands one.
- A part that is used is parsed whole only when it is small enough, in bytes and in
  elements (an element costs a parser some hundred bytes however small it is written:
  megabytes of ``<a/>`` were gigabytes in memory), and only as UTF-8 or UTF-16.

Refusals raise ``PackageRefused`` with a reason; each caller turns it into its own
message, naming its file.
"""

from __future__ import annotations

import io
import lzma
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from wizard.output.safe_xml import safe_parser

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: objects, macros

_CHUNK = 64 * 1024
_PROLOG_LIMIT = 2**20
# What unpacking a damaged or odd member raises (a bad checksum, broken compressed data,
# an unknown compression, a password): no member of an Office file does any of this.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    ValueError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    struct.error,
    lzma.LZMAError,
)
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class PackageRefused(Exception):
    """The file cannot be read safely. ``reason`` is one of:

    ``not_zip`` (no zip at all), ``damaged`` (a zip or XML that does not read),
    ``bomb`` (unpacks to more than allowed), ``too_large`` (a part too large or too
    complex to parse), ``dtd`` (a DTD or entity declaration). ``detail`` names the part.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class Limits:
    members: int  # members in the zip
    unpacked: int  # bytes of all members together, unpacked
    ratio: int  # unpacked / packed, for a member over a megabyte unpacked
    part: int  # bytes of one XML part parsed whole
    elements: int  # elements (an upper bound: the count of '<') of one XML part parsed whole


def is_raster(head: bytes) -> bool:
    """A PNG or JPEG, by its first bytes."""
    return head.startswith(PNG_MAGIC) or head.startswith(JPEG_MAGIC)


class _Prolog:
    """Reads a member as XML up to its first element; says whether it declares a DTD."""

    def __init__(self) -> None:
        self.parser = etree.XMLPullParser(
            events=("start",), resolve_entities=False, load_dtd=False, no_network=True
        )
        self.done = False  # the first element was reached, or the member is no XML
        self.declared = False
        self.head = b""
        self.fed = 0

    def feed(self, chunk: bytes) -> None:
        if len(self.head) < _CHUNK:
            self.head += chunk[: _CHUNK - len(self.head)]
            # Whatever the encoding, with its zero bytes left out a declaration reads as
            # ASCII: a part that no parser here reads must not carry one either.
            if _DECLARATION.search(self.head.replace(b"\x00", b"")):
                self.declared = True
        if self.done:
            return
        self.fed += len(chunk)
        if self.fed > _PROLOG_LIMIT:
            # A megabyte before the first element (comments, a DTD's declarations): no
            # Office part starts so, and a parser would keep it all.
            self.declared = True
            return
        try:
            self.parser.feed(chunk)
            for _, element in self.parser.read_events():
                info = element.getroottree().docinfo
                self.declared = self.declared or bool(info.doctype) or info.internalDTD is not None
                self.done = True
                break
        except etree.XMLSyntaxError:
            self.done = True  # not XML (or broken XML): no part that is used, see xml()


class OfficeZip:
    """A zip checked as a whole; parts are read by name (case does not matter)."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self.limits = limits
        if not data.startswith(b"PK"):
            raise PackageRefused("not_zip")
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self._archive.infolist()
        except _UNREADABLE:
            raise PackageRefused("damaged") from None  # a zip's start, but cut short or broken
        if len(infos) > limits.members:
            raise PackageRefused("bomb", f"{len(infos)} parts")
        if sum(info.file_size for info in infos) > limits.unpacked:
            raise PackageRefused("bomb")
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self.sizes: dict[str, int] = {}
        self.heads: dict[str, bytes] = {}  # each member's first bytes, to tell its kind
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            key = info.filename.lstrip("/").lower()
            if key in self._infos:
                # Two members of one name: which one a reader takes is anyone's guess.
                raise PackageRefused("damaged", info.filename)
            if info.file_size > 2**20 and info.file_size > limits.ratio * info.compress_size:
                raise PackageRefused("bomb", info.filename)
            self._infos[key] = info
            size, head, declared = self._scan(info, limits.unpacked - total)
            total += size
            if declared:
                raise PackageRefused("dtd", info.filename)
            self.sizes[key] = size
            self.heads[key] = head

    def _scan(self, info: zipfile.ZipInfo, allowed: int) -> tuple[int, bytes, bool]:
        """Unpack one member as a stream: its real size, first bytes, and a DTD found."""
        prolog = _Prolog()
        size = 0
        head = b""
        try:
            with self._archive.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > allowed:
                        raise PackageRefused("bomb", info.filename)
                    if not head:
                        head = chunk[:512]
                        if is_raster(head):
                            prolog.done = True  # a picture, checked by its bytes elsewhere
                            prolog.head = b"\x00" * _CHUNK
                    prolog.feed(chunk)
        except PackageRefused:
            raise
        except _UNREADABLE:
            raise PackageRefused("damaged", info.filename) from None
        return size, head, prolog.declared

    def names(self) -> list[str]:
        """Every member's name, in lower case, as parts are named here."""
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name.lstrip("/").lower() in self._infos

    def read(self, name: str) -> bytes:
        key = name.lstrip("/").lower()
        info = self._infos.get(key)
        if info is None:
            raise KeyError(name)
        try:
            with self._archive.open(info) as member:
                return member.read(self.sizes[key] + 1)[: self.sizes[key]]
        except _UNREADABLE:
            raise PackageRefused("damaged", info.filename) from None

    def xml(self, name: str) -> Any:
        """A part parsed whole, within the limits; KeyError when there is none."""
        key = name.lstrip("/").lower()
        if key not in self._infos:
            raise KeyError(name)
        if self.sizes[key] > self.limits.part:
            raise PackageRefused("too_large", name)
        return parse_xml(self.read(key), name, self.limits.elements)


def _check_xml(blob: bytes, name: str, max_elements: int) -> None:
    # Each element (and comment, instruction) takes a '<': in UTF-8 and in UTF-16 alike
    # its byte is there, so the count bounds what a parser would build.
    if blob.count(b"<") > max_elements:
        raise PackageRefused("too_large", name)
    if not blob.startswith((b"\xff\xfe", b"\xfe\xff")):
        found = _ENCODING.match(blob.removeprefix(b"\xef\xbb\xbf"))
        encoding = found.group(1).decode("ascii").lower() if found else "utf-8"
        if encoding not in ("utf-8", "utf8", "utf-16"):
            raise PackageRefused("damaged", name)
    if _DECLARATION.search(blob.replace(b"\x00", b"")):
        raise PackageRefused("dtd", name)


def parse_xml(blob: bytes, name: str, max_elements: int) -> Any:
    """XML of one part: UTF-8 or UTF-16 only, no DTD, at most ``max_elements`` elements."""
    _check_xml(blob, name, max_elements)
    try:
        root = etree.fromstring(blob, safe_parser())
    except (etree.XMLSyntaxError, ValueError):
        raise PackageRefused("damaged", name) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise PackageRefused("dtd", name)
    return root


def stream_xml(blob: bytes, name: str, max_elements: int) -> Iterator[tuple[str, Any]]:
    """("start" or "end", element) of one part, as parse_xml checks it, without keeping
    the tree: the reader clears what it has read."""
    _check_xml(blob, name, max_elements)
    events = etree.iterparse(
        io.BytesIO(blob),
        events=("start", "end"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
    )
    try:
        for event, element in events:
            info = element.getroottree().docinfo
            if info.doctype or info.internalDTD is not None:
                raise PackageRefused("dtd", name)
            yield event, element
    except etree.XMLSyntaxError:
        raise PackageRefused("damaged", name) from None


__all__ = [
    "JPEG_MAGIC",
    "OLE_MAGIC",
    "PNG_MAGIC",
    "Limits",
    "OfficeZip",
    "PackageRefused",
    "is_raster",
    "parse_xml",
    "safe_parser",
    "stream_xml",
]
