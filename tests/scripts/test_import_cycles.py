"""scripts/import_cycles.py: no import cycles between the project's modules, and it finds one."""

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "import_cycles.py"


def load_script():
    spec = importlib.util.spec_from_file_location("import_cycles", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_project_has_no_import_cycle():
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("0 import cycle(s)")


def test_a_cycle_is_reported(tmp_path):
    script = load_script()
    (tmp_path / "alpha").mkdir()
    (tmp_path / "alpha" / "__init__.py").write_text("")
    (tmp_path / "alpha" / "one.py").write_text("from alpha import two\n")
    (tmp_path / "alpha" / "two.py").write_text("def f():\n    from . import three\n")
    (tmp_path / "alpha" / "three.py").write_text("if True:\n    from alpha.one import x\n")
    (tmp_path / "beta").mkdir()
    (tmp_path / "beta" / "__init__.py").write_text("from alpha.two import y\n")
    graph = script.import_graph(script.project_modules(tmp_path))
    assert script.strongly_connected(graph) == []  # two -> three is inside a function

    (tmp_path / "alpha" / "two.py").write_text("from . import three\n")
    graph = script.import_graph(script.project_modules(tmp_path))
    assert script.strongly_connected(graph) == [["alpha.one", "alpha.three", "alpha.two"]]
    assert script.one_cycle(graph, ["alpha.one", "alpha.three", "alpha.two"]) == [
        "alpha.one",
        "alpha.two",
        "alpha.three",
        "alpha.one",
    ]
