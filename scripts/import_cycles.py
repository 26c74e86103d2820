"""Print the import cycles between the project's modules; exit 1 when there is one.

    python scripts/import_cycles.py

Static analysis with `ast`: only imports that run when a module is imported count, i.e. those at
module level (inside `if`/`try`/`with` blocks and class bodies too, but not inside functions, and
not under `if TYPE_CHECKING:`). The project's modules are the packages at the repository's root
(directories with an `__init__.py`) except `tests`. Importing `a.b.c` also runs `a` and `a.b`, so
an import counts as an edge to the module and to its packages.
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


def main():
    graph = import_graph(project_modules())
    components = strongly_connected(graph)
    for component in components:
        print(" -> ".join(one_cycle(graph, component)))
        if len(component) > 2:
            print(f"   (cycle group of {len(component)} modules: {', '.join(component)})")
    print(f"{len(graph)} modules, {len(components)} import cycle(s)")
    return 1 if components else 0


if __name__ == "__main__":
    sys.exit(main())
