"""scripts/import_cycles.py: no import cycles between the project's modules nor between its apps,
and it finds both kinds."""

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
    *_, modules, apps = result.stdout.strip().splitlines()
    assert modules.endswith(" modules, 0 import cycle(s)")
    assert apps.endswith(" apps, 0 app cycle(s)")
    assert "  0  core         -> (nothing)" in result.stdout  # the foundation imports no app


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


def test_an_app_cycle_counts_imports_in_functions_and_migrations(tmp_path):
    script = load_script()
    for app in ("alpha", "beta", "gamma"):
        (tmp_path / app / "migrations").mkdir(parents=True)
        (tmp_path / app / "__init__.py").write_text("")
        (tmp_path / app / "migrations" / "__init__.py").write_text("")
    (tmp_path / "alpha" / "views.py").write_text("def view():\n    from beta.models import x\n")
    (tmp_path / "beta" / "models.py").write_text("from gamma import y\n")
    graph, evidence = script.app_graph(script.project_modules(tmp_path))
    assert graph == {"alpha": ["beta"], "beta": ["gamma"], "gamma": []}
    assert script.layers(graph) == {"alpha": 2, "beta": 1, "gamma": 0}
    assert script.strongly_connected(graph) == []
    assert script.strongly_connected(script.import_graph(script.project_modules(tmp_path))) == []

    # A migration of gamma that imports a helper of alpha closes the circle.
    (tmp_path / "gamma" / "migrations" / "0002_data.py").write_text("from alpha.views import h\n")
    graph, evidence = script.app_graph(script.project_modules(tmp_path))
    assert script.strongly_connected(graph) == [["alpha", "beta", "gamma"]]
    assert evidence[("gamma", "alpha")] == ["gamma.migrations.0002_data:1 imports alpha.views"]
    assert evidence[("alpha", "beta")] == ["alpha.views:2 imports beta.models"]
    # No cycle between modules: alpha.views imports beta.models only when `view` runs.
    assert script.strongly_connected(script.import_graph(script.project_modules(tmp_path))) == []
