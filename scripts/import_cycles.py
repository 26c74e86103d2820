"""Print the import cycles between the project's modules and between its apps, and the apps'
layers; exit 1 when there is a cycle of either kind.

    python scripts/import_cycles.py

Static analysis with `ast`. The project's modules are the packages at the repository's root
(directories with an `__init__.py`) except `tests`, `scripts` and `benchmarks`; each of those
packages is an app (or `core`, the foundation, or `portal`, the project).

- Modules: only imports that run when a module is imported count, i.e. those at module level
  (inside `if`/`try`/`with` blocks and class bodies too, but not inside functions, and not under
  `if TYPE_CHECKING:`). Importing `a.b.c` also runs `a` and `a.b`, so an import counts as an edge
  to the module and to its packages.
- Apps: every import counts, inside functions and under `TYPE_CHECKING` too, migrations included:
  an app that imports another, whenever it does, depends on it. The apps must form layers, each
  importing only apps below it (docs/development.md, "Architecture").
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXCLUDED = {"tests", "scripts", "benchmarks"}


def project_modules(root=ROOT):
    """{dotted name: path} of every module of the project's packages."""
    modules = {}
    for package in sorted(p for p in root.iterdir() if (p / "__init__.py").is_file()):
        if package.name in EXCLUDED or package.name.startswith("."):
            continue
        for path in sorted(package.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def is_type_checking(test):
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_time_statements(body):
    """The import statements of `body` that run when the module is imported."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not is_type_checking(node.test):
                yield from import_time_statements(node.body)
            yield from import_time_statements(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from import_time_statements(block)
            for handler in node.handlers:
                yield from import_time_statements(handler.body)
        elif isinstance(node, ast.With):
            yield from import_time_statements(node.body)
        elif isinstance(node, ast.ClassDef):
            yield from import_time_statements(node.body)


def with_packages(name):
    """`a.b.c` -> ["a", "a.b", "a.b.c"]."""
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def imported_names(module, path, node):
    """The dotted names that an import statement of `module` (at `path`) imports."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module
    return [base] + [f"{base}.{alias.name}" for alias in node.names if alias.name != "*"]


def import_graph(modules):
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = set()
        for node in import_time_statements(tree.body):
            for name in imported_names(module, path, node):
                targets.update(n for n in with_packages(name) if n in modules)
        targets.discard(module)
        graph[module] = sorted(targets)
    return graph


def app_of(module):
    return module.split(".")[0]


def app_graph(modules):
    """({app: sorted apps it imports}, {(app, other app): ["module:line imports name", ...]}),
    counting every import statement of every module."""
    apps = {app_of(module) for module in modules}
    graph = {app: set() for app in apps}
    evidence = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            names = imported_names(module, path, node)
            # `from a.b import c` names `a.b` (and `a.b.c`): the module is enough to show.
            for name in names[:1] if isinstance(node, ast.ImportFrom) else names:
                other = app_of(name)
                if other in apps and other != app_of(module):
                    graph[app_of(module)].add(other)
                    evidence.setdefault((app_of(module), other), set()).add(
                        f"{module}:{node.lineno} imports {name}"
                    )
    return (
        {app: sorted(others) for app, others in sorted(graph.items())},
        {edge: sorted(lines) for edge, lines in evidence.items()},
    )


def layers(graph):
    """{app: layer} of an acyclic app graph: 0 for an app that imports none, otherwise one more
    than the highest layer among the apps it imports."""
    found = {}

    def layer(app):
        if app not in found:
            found[app] = 1 + max((layer(other) for other in graph[app]), default=-1)
        return found[app]

    for app in graph:
        layer(app)
    return found


def strongly_connected(graph):
    """Tarjan's algorithm, iterative: the components with more than one module."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def one_cycle(graph, component):
    """A shortest cycle through the component's first module, as a list of modules."""
    members = set(component)
    start = component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in graph[node]:
            if child == start:
                return paths[node] + [start]
            if child in members and child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    return component


def print_app_check(graph, evidence):
    """The apps' layers, or their cycles with the imports that make them; returns the cycles."""
    components = strongly_connected(graph)
    if components:
        for component in components:
            cycle = one_cycle(graph, component)
            print("app cycle: " + " -> ".join(cycle))
            for app, other in zip(cycle, cycle[1:], strict=False):
                for line in evidence[(app, other)]:
                    print(f"   {line}")
    else:
        print("App layers (every import counts, in functions and migrations too):")
        found = layers(graph)
        for app in sorted(graph, key=lambda app: (found[app], app)):
            print(f"  {found[app]}  {app:<13}-> {', '.join(graph[app]) or '(nothing)'}")
    return components


def main():
    modules = project_modules()
    graph = import_graph(modules)
    components = strongly_connected(graph)
    for component in components:
        print(" -> ".join(one_cycle(graph, component)))
        if len(component) > 2:
            print(f"   (cycle group of {len(component)} modules: {', '.join(component)})")
    apps, evidence = app_graph(modules)
    app_cycles = print_app_check(apps, evidence)
    print(f"{len(graph)} modules, {len(components)} import cycle(s)")
    print(f"{len(apps)} apps, {len(app_cycles)} app cycle(s)")
    return 1 if components or app_cycles else 0


if __name__ == "__main__":
    sys.exit(main())
