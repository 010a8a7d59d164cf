"""The shape of the code (ARCHITECTURE.md, "Where logic lives" and the app dependencies), read
from the source with `ast`: an import inside a function counts as much as one at the top of a
module; one under `if TYPE_CHECKING:` does not (it never runs).

An import names one module: `from .models.records import Enrolment` is an edge to
courses.models.records, `from . import signals` to courses.signals, `from .models import
Enrolment` to the package courses.models.
"""

import ast
import pathlib
from dataclasses import dataclass
from functools import cache

ROOT = pathlib.Path(__file__).resolve().parents[2]
APPS = ("certificates", "courses", "workforce", "reports", "lms")
MAX_LINES = 500

# What each app may import of ours (lms is the project package: its urls, admin home and
# history bring the apps together; the lms modules the apps themselves use are held to
# importing none of them, below).
MAY_IMPORT = {
    "workforce": {"lms"},
    "courses": {"workforce", "lms"},
    "certificates": {"courses", "workforce", "lms"},
    "reports": {"courses", "workforce", "lms"},
}
# Where workforce reaches up today, each for a reason: HR's page of a person shows their
# learning record and certificates; the activation letters draw with the certificates' fonts
# and QR code. Listed so that no new one slips in, and checked so that a fixed one is removed.
UPWARD_IMPORTS = {
    ("workforce.views.person_record", "certificates"),
    ("workforce.views.person_record", "courses"),
    ("workforce.letters", "certificates"),
}
# Kinds of module a model module must never import: writes, background work, rendering.
NOT_FOR_MODELS = {"services", "tasks", "pdf", "signing", "bulk"}


@dataclass(frozen=True)
class Module:
    name: str
    path: pathlib.Path
    imports: frozenset[str]  # the modules of our apps it imports

    @property
    def app(self) -> str:
        return self.name.split(".")[0]

    @property
    def is_model_module(self) -> bool:
        return self.name == f"{self.app}.models" or self.name.startswith(f"{self.app}.models.")


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _python_files():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                yield path


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _ImportReader(ast.NodeVisitor):
    """The dotted names a module imports: (base, names) pairs, `names` empty for `import x`."""

    def __init__(self, package: str):
        self.package = package
        self.found: list[tuple[str, list[str]]] = []

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.found += [(alias.name, []) for alias in node.names]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parts = self.package.split(".")
            parts = parts[: len(parts) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        self.found.append((base, [alias.name for alias in node.names]))


def _targets(base: str, names: list[str], known: set[str]) -> set[str]:
    """The modules of ours that `from base import names` (or `import base`) loads."""
    targets = set()
    for candidate in [f"{base}.{name}" for name in names] or [base]:
        if candidate not in known:
            candidate = base
        while candidate not in known and "." in candidate:
            candidate = candidate.rsplit(".", 1)[0]
        if candidate in known:
            targets.add(candidate)
    return targets


@cache
def modules() -> dict[str, Module]:
    paths = {_module_name(path): path for path in _python_files()}
    known = set(paths)
    found = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        reader = _ImportReader(package)
        reader.visit(ast.parse(path.read_text(), filename=str(path)))
        imports = set()
        for base, names in reader.found:
            imports |= _targets(base, names, known)
        found[name] = Module(name, path, frozenset(imports - {name}))
    return found


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in graph:
        if node not in index:
            visit(node)
    return components


def test_every_app_is_read():
    names = set(modules())
    for app in APPS:
        assert app in names
    assert "courses.models" in names and "lms.text" in names


def test_no_import_cycle_within_an_app_except_among_its_model_modules():
    found = modules()
    graph = {
        name: {target for target in module.imports if found[target].app == module.app}
        for name, module in found.items()
    }
    cycles = [
        sorted(component)
        for component in _cycles(graph)
        if not all(found[member].is_model_module for member in component)
    ]
    assert cycles == []


def test_no_model_module_imports_services_tasks_rendering_or_bulk_jobs():
    wrong = {
        (module.name, target)
        for module in modules().values()
        if module.is_model_module
        for target in module.imports
        if NOT_FOR_MODELS & set(target.split(".")[1:])
    }
    assert wrong == set()


def test_the_lms_modules_the_apps_use_import_none_of_our_apps():
    found = modules()
    used_by_apps = {
        target
        for module in found.values()
        if module.app != "lms"
        for target in module.imports
        if found[target].app == "lms"
    }
    held = used_by_apps | {"lms.admin", "lms.admin.views", "lms.text"}
    wrong = {
        (name, target)
        for name in held
        for target in found[name].imports
        if found[target].app != "lms"
    }
    assert wrong == set()


def test_apps_depend_in_the_direction_of_the_architecture():
    found = modules()
    imported_apps = {
        (module.name, found[target].app)
        for module in found.values()
        if module.app in MAY_IMPORT
        for target in module.imports
        if found[target].app != module.app
    }
    wrong = {
        (name, app)
        for name, app in imported_apps
        if app not in MAY_IMPORT[name.split(".")[0]] and (name, app) not in UPWARD_IMPORTS
    }
    assert wrong == set()
    assert imported_apps >= UPWARD_IMPORTS, "an upward import is gone: take it off the list"


def test_no_python_file_of_our_apps_is_over_500_lines():
    long_files = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            lines = len(path.read_text().splitlines())
            if lines > MAX_LINES:
                long_files[str(path.relative_to(ROOT))] = lines
    assert long_files == {}
