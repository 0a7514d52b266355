"""The application's icon files for the installers, made from its one drawing,
`accountmgr/resources/icons/accountmgr.svg` (the window's icon at run time is that SVG itself).

    python packaging/icons.py [--out build/icons]

writes, each size drawn from the SVG at that size (not scaled down from a large picture, which
blurs the small ones):
    accountmgr.ico    Windows: the program, its Start menu entry and the installer (16 to 256 px)
    accountmgr.icns   macOS: the .app in the Finder and the Dock (32 to 1024 px, Retina too)
    accountmgr.png    Linux: the desktop entry's icon (256 px)

The PyInstaller spec runs it before a build. Qt draws the SVG (QtSvg, as the window does) and
Pillow writes the two container formats, so the same files come out on every platform.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "accountmgr" / "resources" / "icons" / "accountmgr.svg"
OUT = ROOT / "build" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Windows' list sizes up to Explorer's largest
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow's ICNS writer stores (16 px is scaled)
PNG_SIZE = 256


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn on a transparent square of `size` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons.py: {svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)  # Pillow's RGBA, byte for byte
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixels = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), pixels, "raw", "RGBA", image.bytesPerLine(), 1)


def make_icons(out: Path = OUT, svg: Path = SOURCE) -> dict[str, Path]:
    """Write the .ico, .icns and .png of `svg` into `out`; returns them by suffix."""
    sizes = sorted({*ICO_SIZES, *ICNS_SIZES, PNG_SIZE})
    images = {size: render(svg, size) for size in sizes}
    out.mkdir(parents=True, exist_ok=True)
    made = {"ico": out / "accountmgr.ico", "icns": out / "accountmgr.icns"}
    made["png"] = out / "accountmgr.png"
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        made["ico"],
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != largest_ico],
    )
    largest_icns = max(ICNS_SIZES)
    images[largest_icns].save(
        made["icns"],
        format="ICNS",
        append_images=[images[size] for size in ICNS_SIZES if size != largest_icns],
    )
    images[PNG_SIZE].save(made["png"], format="PNG")
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="icons.py", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    args = parser.parse_args(argv)
    for path in make_icons(args.out).values():
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
