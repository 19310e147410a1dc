"""Run a snippet of the browser app's JavaScript under Node, for tests that compare it with Python.

The browser's reducer, timeline labels and verdict wording are plain ES modules with no DOM,
so Node can import them straight from `frontend/js/`. Without Node a test skips, except on
CI (`CI` set), where a missing Node is a failure: `scripts/test` installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FRONTEND = ROOT / "frontend" / "js"


def node() -> str:
    found = shutil.which("node")
    if found is None:
        message = "these tests need Node.js (apt-get install nodejs)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def run_js(body: str, data: Any = None) -> Any:
    """Run `body` as an ES module with `input` bound to `data`; it must `print(value)` one result.

    `import ... from "@/reducer.js"` resolves to frontend/js/reducer.js.
    """
    source = body.replace('from "@/', f'from "{FRONTEND.as_posix()}/')
    prelude = ("import { readFileSync } from 'node:fs';\n"
               "const input = JSON.parse(readFileSync(0, 'utf8'));\n"
               "const print = (value) => process.stdout.write(JSON.stringify(value));\n")
    done = subprocess.run([node(), "--input-type=module", "-e", _hoist_imports(prelude + source)],
                          input=json.dumps(data), capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise AssertionError(f"node failed:\n{done.stderr}")
    return json.loads(done.stdout)


def _hoist_imports(source: str) -> str:
    """ES modules want their imports first."""
    lines = source.splitlines()
    imports = [line for line in lines if line.startswith("import ")]
    return "\n".join(imports + [line for line in lines if not line.startswith("import ")])
