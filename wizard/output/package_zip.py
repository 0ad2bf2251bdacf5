"""Zipping a written document: the parts of a Word file into one ZIP archive.

A written document's main part holds nearly all of its text (a megabyte for a project
of long answers), its other parts a few kilobytes. Compressing the main part is one
call that releases the interpreter lock, so export hands that call alone to a thread
(``Deflating``) while the next document is written. Zipping through ``zipfile`` did
the same work in many small steps, each of which had to win the lock back from the
writer first: the thread finished only when the writer waited for it, and nothing
ran side by side.

The archive is plain ZIP as Word writes it: every member deflated, sizes and checksums
in the local headers (no data descriptors), no ZIP64, one fixed timestamp, so the same
document always zips to the same bytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from typing import NamedTuple

# Level 1: for documents that are mostly text several times faster than the default,
# and hardly larger.
LEVEL = 1
_DEFLATED = 8
_VERSION = 20  # 2.0: deflate
_UTF8_NAME = 0x800
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1 January 1980, the earliest a ZIP can say
_LIMIT = 0xFFFFFFFF  # beyond this a member or the archive would need ZIP64


def deflate(data: bytes) -> bytes:
    """``data`` as a raw deflate stream, the form a ZIP member holds."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


class Member(NamedTuple):
    """One part, compressed: its name in the archive, size and checksum as written."""

    name: str
    size: int
    crc: int
    packed: bytes

    @classmethod
    def of(cls, name: str, data: bytes) -> Member:
        return cls(name, len(data), zlib.crc32(data), deflate(data))


class Deflating:
    """A large part whose compression may run in another thread: ``run`` is the
    thread's whole work, two calls that hold the interpreter lock only to start."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self.data = data
        self._member: Member | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._member = Member.of(self.name, self.data)
        except BaseException as error:  # raised again by ``result``, in the caller's thread
            self._error = error

    def result(self) -> Member:
        if self._member is None and self._error is None:
            self.run()
        if self._error is not None:
            raise self._error
        assert self._member is not None
        return self._member


class Package:
    """A document's parts on their way into an archive: the small ones compressed, the
    large ones ``Deflating`` (compress them in threads, or ``zip`` does)."""

    def __init__(self, members: Sequence[Member | Deflating]) -> None:
        self.members = list(members)

    def deflating(self) -> list[Deflating]:
        return [member for member in self.members if isinstance(member, Deflating)]

    def zip(self) -> bytes:
        return archive([m.result() if isinstance(m, Deflating) else m for m in self.members])


def archive(members: Sequence[Member]) -> bytes:
    """The ZIP archive of ``members``, in their order."""
    pieces: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for member in members:
        name = member.name.encode("utf-8")
        flags = 0 if member.name.isascii() else _UTF8_NAME
        if max(member.size, len(member.packed), offset) > _LIMIT:
            raise ValueError(f"{member.name}: too large for a ZIP without ZIP64")
        fields = (
            flags,
            _DEFLATED,
            0,  # time 00:00
            _DOS_DATE,
            member.crc,
            len(member.packed),
            member.size,
            len(name),
        )
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, _VERSION, *fields, 0)
        directory.append(
            struct.pack("<IHH", 0x02014B50, _VERSION, _VERSION)
            + struct.pack("<HHHHIIIH", *fields)
            # extra field, comment, disk, internal and external attributes, offset
            + struct.pack("<HHHHII", 0, 0, 0, 0, 0, offset)
            + name
        )
        pieces += (local, name, member.packed)
        offset += len(local) + len(name) + len(member.packed)
    listing = b"".join(directory)
    if len(members) > 0xFFFF or offset + len(listing) > _LIMIT:
        raise ValueError("too large for a ZIP without ZIP64")
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(listing), offset, 0
    )
    return b"".join([*pieces, listing, end])
