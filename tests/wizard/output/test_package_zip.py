"""The archive a written document is zipped into: plain ZIP that every reader opens."""

from __future__ import annotations

import io
import threading
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.output import package_zip
from wizard.output.package_zip import Deflating, Member, Package, archive

_NAMES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda name: "/" not in name[:1])


def _unzipped(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as opened:
        assert opened.testzip() is None  # every checksum holds
        return {info.filename: opened.read(info) for info in opened.infolist()}


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_NAMES, st.binary(max_size=5000), min_size=1, max_size=8))
def test_what_is_zipped_unzips_to_the_same_parts(parts: dict[str, bytes]) -> None:
    data = archive([Member.of(name, blob) for name, blob in parts.items()])
    assert _unzipped(data) == parts
    with zipfile.ZipFile(io.BytesIO(data)) as opened:
        assert [info.filename for info in opened.infolist()] == list(parts)  # in order
        assert {info.compress_type for info in opened.infolist()} == {zipfile.ZIP_DEFLATED}


def test_the_same_parts_zip_to_the_same_bytes() -> None:
    parts = [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>" * 99)]
    first = archive([Member.of(name, blob) for name, blob in parts])
    second = archive([Member.of(name, blob) for name, blob in parts])
    assert first == second


def test_a_large_part_is_compressed_in_its_own_thread_or_when_zipped() -> None:
    body = b"<w:p>" + b"Lorem ipsum dolor sit amet. " * 40_000 + b"</w:p>"
    threaded = Package([Member.of("a.xml", b"<a/>"), Deflating("word/document.xml", body)])
    (large,) = threaded.deflating()
    thread = threading.Thread(target=large.run)
    thread.start()
    thread.join()
    at_once = Package([Member.of("a.xml", b"<a/>"), Deflating("word/document.xml", body)])
    assert threaded.zip() == at_once.zip()
    assert _unzipped(at_once.zip())["word/document.xml"] == body
    assert len(at_once.zip()) < len(body) // 20  # compressed, not stored


def test_a_failure_in_the_thread_is_raised_by_zip(monkeypatch: pytest.MonkeyPatch) -> None:
    def out_of_memory(data: bytes) -> bytes:
        raise MemoryError

    monkeypatch.setattr(package_zip, "deflate", out_of_memory)
    package = Package([Deflating("word/document.xml", b"text")])
    thread = threading.Thread(target=package.deflating()[0].run)
    thread.start()
    thread.join()
    with pytest.raises(MemoryError):
        package.zip()


def test_a_member_beyond_what_zip_without_zip64_holds_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(package_zip, "_LIMIT", 100)
    with pytest.raises(ValueError, match="ZIP64"):
        archive([Member.of("word/document.xml", bytes(101))])


def test_the_checksum_and_sizes_are_those_of_the_part() -> None:
    blob = "Één gedragscode · social media".encode()
    member = Member.of("word/document.xml", blob)
    assert (member.size, member.crc) == (len(blob), zlib.crc32(blob))
    assert zlib.decompress(member.packed, -zlib.MAX_WBITS) == blob
