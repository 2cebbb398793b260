"""Reading the knowledge files (YAML) that stages ship and users extend.

One reader, so that a missing or malformed file is always a ConfigError naming the file
(exit code 2 on the command line, 400 in the API), never a parser traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError


def read_yaml(path: Path | str, what: str = "data file") -> Any:
    """The parsed content of a YAML knowledge file."""
    path = Path(path)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}") from exc
