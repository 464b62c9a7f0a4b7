"""Draw the app icon: a small neural network, 3 inputs → 4 hidden neurons → 1 output.

    python packaging/make_icon.py

writes resources/icons/applet.png (256 px, the window icon) and applet.svg, and the
executables' icons packaging/applet.ico (Windows) and packaging/applet.icns (macOS).
Both icon containers hold PNG images, which every Windows since Vista and every macOS
since 10.7 read, so no image library beyond Qt is needed.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LAYERS = (3, 4, 1)  # neurons per layer, left to right
BLUE, DARK_BLUE, VERMILION = "#0072B2", "#004C7A", "#D55E00"  # the plots' colour-blind-safe palette


def neurons(size: float) -> list[list[QPointF]]:
    """Centres of the neurons of each layer in a ``size`` × ``size`` square."""
    xs = [size * f for f in (0.24, 0.5, 0.76)]
    gap = size * 0.19
    return [[QPointF(x, size / 2 + (i - (n - 1) / 2) * gap) for i in range(n)] for x, n in zip(xs, LAYERS)]


def draw(painter: QPainter, size: float) -> None:
    """Rounded blue tile, white connections and neurons, the output neuron in vermilion."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QRectF(0, 0, size, size).adjusted(size * 0.03, size * 0.03, -size * 0.03, -size * 0.03)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0, QColor(BLUE))
    gradient.setColorAt(1, QColor(DARK_BLUE))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(tile, size * 0.2, size * 0.2)

    layers = neurons(size)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    edge = QColor("white")
    edge.setAlphaF(0.75)
    painter.setPen(QPen(edge, size * 0.022, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for left, right in zip(layers, layers[1:]):
        for a in left:
            for b in right:
                painter.drawLine(a, b)

    radius = size * 0.07
    painter.setPen(QPen(QColor(DARK_BLUE), size * 0.02))
    for layer, centres in enumerate(layers):
        painter.setBrush(QColor(VERMILION if layer == len(layers) - 1 else "white"))
        for c in centres:
            painter.drawEllipse(c, radius, radius)


def png_bytes(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw(painter, size)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico whose images are PNGs (ICONDIR, one ICONDIRENTRY per size, the data)."""
    images = [png_bytes(s) for s in sizes]
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for s, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """A macOS .icns of PNG images: 'icns', total length, then (type, length, PNG) blocks."""
    blocks = b"".join(
        type_ + struct.pack(">I", 8 + len(data)) + data
        for type_, data in (
            (b"ic07", png_bytes(128)),
            (b"ic08", png_bytes(256)),
            (b"ic09", png_bytes(512)),
            (b"ic10", png_bytes(1024)),
        )
    )
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def write_svg(path: Path, size: int = 256) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size, size))
    generator.setViewBox(QRectF(0, 0, size, size))
    generator.setTitle("Deep Learning Applet")
    painter = QPainter(generator)
    painter.setFont(QFont("sans-serif", 10))  # the SVG states a font; an unset one reads as size -1
    draw(painter, size)
    painter.end()
    text = path.read_text(encoding="utf-8")  # state the size in pixels, not millimetres
    path.write_text(
        re.sub(r'width="[^"]*" height="[^"]*"', f'width="{size}" height="{size}"', text, count=1), encoding="utf-8"
    )


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "applet.png").write_bytes(png_bytes(256))
    write_svg(ICONS / "applet.svg")
    (ROOT / "packaging" / "applet.ico").write_bytes(ico_bytes((16, 24, 32, 48, 64, 128, 256)))
    (ROOT / "packaging" / "applet.icns").write_bytes(icns_bytes())
    print(f"wrote {ICONS / 'applet.png'}, applet.svg, packaging/applet.ico, packaging/applet.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
