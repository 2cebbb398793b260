"""The analyst dashboard: static HTML, CSS and plain JavaScript/SVG under ``static/``.

No external URL and no third-party script: the page draws its charts, network and map
itself from the API's JSON, so it works on a machine without internet.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
