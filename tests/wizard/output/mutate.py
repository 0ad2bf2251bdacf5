"""A seeded mutator of Word files: bytes, XML, relationships, content types, part names.

``mutant(data, seed)`` returns the same bytes for the same seed: a failing case is
reproduced by its seed. Mutations are chosen to reach what a parser or a writer could
trust: hostile targets and types, fields, DTDs, other encodings, renamed and duplicated
parts, damaged zips.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.wizard.output.crafted import OLE_FILE, field, members_of, picture, png, zipped

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HOSTILE_TARGETS = (
    "http://127.0.0.1:9/x.png",
    "file:///etc/passwd",
    "\\\\attacker\\share\\x.png",
    "//attacker/share/x.png",
    "javascript:alert(1)",
    "../../../../etc/passwd",
    "/word/../../outside.png",
    "media/../../x.png",
    "mhtml:file://x!y",
    "",
)
HOSTILE_TYPES = (
    f"{R}/hyperlink",
    f"{R}/oleObject",
    f"{R}/package",
    f"{R}/attachedTemplate",
    f"{R}/aFChunk",
    f"{R}/image",
    f"{R}/control",
    f"{R}/subDocument",
    "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
    f"{R}/frame",
)
SNIPPETS = (
    field('INCLUDETEXT "file:///etc/passwd"', "included"),
    field('INCLUDEPICTURE "http://127.0.0.1:9/p.png" \\d', "pic"),
    field('DDEAUTO cmd "/c calc"', "dde"),
    field("PAGE"),
    field("NUMPAGES \\* MERGEFORMAT"),
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    '<w:r><w:instrText>HYPERLINK "http://127.0.0.1:9/"</w:instrText></w:r>',
    '<w:fldSimple w:instr="INCLUDETEXT c:/x"><w:r><w:t>simple</w:t></w:r></w:fldSimple>',
    '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>',
    '<w:hyperlink r:id="rId1"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
    '<w:altChunk r:id="rId1"/>',
    '<w:r><w:object><o:OLEObject Type="Link" r:id="rId1"/></w:object></w:r>',
    '<w:r><w:pict><v:shape><v:imagedata r:id="rId1"/></v:shape></w:pict></w:r>',
    picture("rId1"),
    picture("rId2", anchor='<a:hlinkClick r:id="rId1"/>'),
    picture("rId1", link=' r:link="rId2"'),
    '<w:r><w:t xml:space="preserve">' + "x" * 30_000 + "</w:t></w:r>",
    "<w:r><w:t>\u202e\ud7ff\ufffd</w:t></w:r>",
    '<w:bookmarkStart w:id="9" w:name="_x"/>',
    '<w:commentReference w:id="0"/>',
    "<w:sdt><w:sdtContent><w:p><w:r><w:t>sdt</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    '<w:p><w:pPr><w:jc w:val="right"/><w:tabs><w:tab w:val="left" w:pos="99999999"/>'
    "</w:tabs></w:pPr></w:p>",
    '<w:r><w:rPr><w:sz w:val="-5"/><w:color w:val="zzz"/><w:rFonts w:ascii="&lt;x"/></w:rPr></w:r>',
    '<w:pgSz w:w="NaN" w:h="1e9"/>',
    '<w:pgMar w:top="-99999999" w:left="x"/>',
    "<w:style/>",
    '<w:num w:numId="1"><w:abstractNumId w:val="999"/></w:num>',
)
DTDS = (
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
)


def _xml_members(members: dict[str, bytes]) -> list[str]:
    return [
        n for n, b in members.items() if b.lstrip()[:1] == b"<" or n.endswith((".xml", ".rels"))
    ]


def _pick(rng: random.Random, members: dict[str, bytes], pattern: str = "") -> str | None:
    names = [n for n in _xml_members(members) if re.search(pattern, n)]
    return rng.choice(sorted(names)) if names else None


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def insert_snippet(rng: random.Random, members: dict[str, bytes]) -> None:
    name = _pick(rng, members, r"word/(document|header\d*|footer\d*|styles|numbering)\.xml")
    if name is None:
        return
    text = members[name].decode("utf-8", "replace")
    spots = [
        m.end() for m in re.finditer(r"<w:(p|r|body|hdr|ftr|sectPr|styles|numbering)\b[^>]*>", text)
    ]
    if not spots:
        return
    at = rng.choice(spots)
    members[name] = (text[:at] + rng.choice(SNIPPETS) + text[at:]).encode("utf-8")


def cut_span(rng: random.Random, members: dict[str, bytes]) -> None:
    name = _pick(rng, members)
    if name is None or len(members[name]) < 4:
        return
    blob = members[name]
    start = rng.randrange(len(blob))
    members[name] = blob[:start] + blob[start + rng.randint(1, 200) :]


def duplicate_span(rng: random.Random, members: dict[str, bytes]) -> None:
    name = _pick(rng, members)
    if name is None:
        return
    text = members[name].decode("utf-8", "replace")
    tags = list(re.finditer(r"<(w:[A-Za-z]+)\b[^>]*?(/>|>.*?</\1>)", text, re.S))
    if not tags:
        return
    chosen = rng.choice(tags[:2000])
    copies = chosen.group(0) * rng.choice((2, 10, 200))
    members[name] = (text[: chosen.start()] + copies + text[chosen.end() :]).encode("utf-8")


def add_dtd(rng: random.Random, members: dict[str, bytes]) -> None:
    name = _pick(rng, members)
    if name is None:
        return
    text = members[name].decode("utf-8", "replace")
    head, sep, rest = text.partition("?>")
    dtd = rng.choice(DTDS)
    members[name] = (f"{head}{sep}{dtd}{rest}" if sep else dtd + text).encode("utf-8")


def to_utf16(rng: random.Random, members: dict[str, bytes]) -> None:
    name = _pick(rng, members)
    if name is None:
        return
    text = members[name].decode("utf-8", "replace")
    text = re.sub(r"encoding=['\"]UTF-8['\"]", "encoding='UTF-16'", text, count=1)
    members[name] = text.encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be")))


def hostile_relationship(rng: random.Random, members: dict[str, bytes]) -> None:
    names = sorted(n for n in members if n.endswith(".rels"))
    if not names:
        return
    name = rng.choice(names)
    text = members[name].decode("utf-8", "replace")
    rels = list(re.finditer(r"<Relationship\b[^>]*/>", text))
    target = rng.choice(HOSTILE_TARGETS)
    kind = rng.choice(HOSTILE_TYPES)
    mode = ' TargetMode="External"' if rng.random() < 0.6 else ""
    if rels and rng.random() < 0.6:
        chosen = rng.choice(rels)
        new = re.sub(r'Target="[^"]*"', lambda _: f'Target="{target}"', chosen.group(0))
        if rng.random() < 0.5:
            new = re.sub(r'Type="[^"]*"', lambda _: f'Type="{kind}"', new)
        new = new.replace("/>", f"{mode}/>") if "TargetMode" not in new else new
        text = text[: chosen.start()] + new + text[chosen.end() :]
    else:
        r_id = rng.choice(("rId1", "rId2", "rIdLogo", "rIdH9", "rId99"))
        extra = f'<Relationship Id="{r_id}" Type="{kind}" Target="{target}"{mode}/>'
        text = text.replace("</Relationships>", extra + "</Relationships>")
    members[name] = text.encode("utf-8")


def content_type(rng: random.Random, members: dict[str, bytes]) -> None:
    name = "[Content_Types].xml"
    if name not in members:
        return
    text = members[name].decode("utf-8", "replace")
    choice = rng.randrange(4)
    if choice == 0:
        text = text.replace("document.main+xml", "document.macroEnabled.main+xml", 1)
    elif choice == 1:
        text = text.replace("document.main+xml", "template.main+xml", 1)
    elif choice == 2:
        text = re.sub(r"<Override [^>]*/>", "", text, count=rng.randint(1, 5))
    else:
        text = text.replace(
            "</Types>",
            '<Default Extension="svg" ContentType="image/svg+xml"/>'
            '<Override PartName="/word/x.bin" ContentType="application/vnd.ms-office.'
            'vbaProject"/></Types>',
        )
    members[name] = text.encode("utf-8")


def rename_or_add_part(rng: random.Random, members: dict[str, bytes]) -> None:
    choice = rng.randrange(5)
    if choice == 0 and members:
        old = rng.choice(sorted(members))
        members[rng.choice(("word/x.bin", "word/media/a.png", old.upper(), "/" + old))] = (
            members.pop(old)
        )
    elif choice == 1:
        members["word/embeddings/oleObject1.bin"] = OLE_FILE
    elif choice == 2:
        members["word/media/image1.png"] = rng.choice(
            (b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>", png(9000, 2), png(), b"")
        )
    elif choice == 3:
        members["customXml/item5.xml"] = b"<data>secret</data>"
    else:
        members["docProps/custom.xml"] = b"<Properties><property>secret</property></Properties>"


XML_MUTATIONS: tuple[Callable[[random.Random, dict[str, bytes]], None], ...] = (
    insert_snippet,
    insert_snippet,
    insert_snippet,
    cut_span,
    duplicate_span,
    add_dtd,
    to_utf16,
    hostile_relationship,
    hostile_relationship,
    content_type,
    rename_or_add_part,
)


def mutant(data: bytes, seed: int) -> bytes:
    """One to three mutations of ``data``, the same for the same seed."""
    rng = random.Random(seed)
    if rng.random() < 0.12:
        return rng.choice((flip_bytes, truncate))(rng, data)
    members = members_of(data)
    for _ in range(rng.randint(1, 3)):
        rng.choice(XML_MUTATIONS)(rng, members)
    packed = zipped(members)
    if rng.random() < 0.05:
        packed = flip_bytes(rng, packed)
    return packed
