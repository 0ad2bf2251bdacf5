"""Builds the application icon's PNG sizes, .ico and .icns from resources/icons/policy-builder.svg.

Run it after changing the drawing: ``.venv/bin/python resources/build_icons.py``. The
results are committed; the program and the packaging only read them. The .ico (Windows)
and .icns (macOS) hold the PNGs as they are, which both formats allow.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "icons"
SOURCE = FOLDER / "policy-builder.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns types that hold PNG data, by pixel size (ic11 to ic14 are the @2x variants of
# 16, 32, 128 and 256).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        (FOLDER / f"policy-builder-{size}.png").write_bytes(data)
    (FOLDER / "policy-builder.ico").write_bytes(ico(pngs))
    (FOLDER / "policy-builder.icns").write_bytes(icns(pngs))
    del app
    print(f"wrote {len(pngs)} PNG sizes, policy-builder.ico and policy-builder.icns to {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
