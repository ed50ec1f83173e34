#!/usr/bin/env python3
"""The rules of the house over the include graph (a ctest, `layers`).

    check-layers.py SOURCE_DIR [--qt-include DIR[:DIR...]]

Dependency rule: app -> ui -> core, app -> sim -> core (crypto and the basics only); tests and bench may
include anything. Concretely, it fails naming file and include when

  * core/ includes anything from ui/, app/ or sim/, or a QtWidgets or QtGui header (core knows no widgets);
  * ui/ includes core/crypto/, core/net/, core/storage/ or core/helseid/import/, an OpenSSL header or a
    QtNetwork header (ui renders core's state and sends intents; it never holds keys or talks HTTP);
  * sim/ includes from core/ anything but the basics at core's top level (Error.h, Result.h, Logging.h,
    SecureBytes.h, JsonValues.h, …) and core/crypto/ -- never core/onboarding/, core/storage/, core/helseid/
    or core/net/: the simulator shares crypto with the client but none of its logic, so it can catch the
    client's mistakes (it has its own HTTP server, sim/SimHttpServer);
  * ui/ includes sim/, or sim/ includes ui/;
  * anything outside app/ includes app/;
  * two folders of core include each other (e.g. core/storage <-> core/onboarding): a cycle.

Includes are resolved as the compiler would: next to the including file, then in the include directories of
the libraries its layer links (core/, ui/, sim/). Generated files (.moc, ui_*.h) and system headers that are
not Qt's or OpenSSL's are ignored. Qt class headers (<QWidget>) are told apart by the module folder they are
in under the Qt include directory given with --qt-include (CMake passes Qt6::Core's).

KNOWN_VIOLATIONS lists what breaks a rule today, file by file, so the check passes while the code is being
fixed; an entry that no longer occurs fails the check, so the list only shrinks.
"""

import os
import re
import sys

# Empty since issue 11: every layer keeps the rules. A new breach is fixed (ui gets what it needs through
# core/onboarding), not listed here. Entries are (file, include as written), e.g. ("ui/X.cpp", '"net/Y.h"').
KNOWN_VIOLATIONS = set()

LAYERS = ("core", "ui", "sim", "app")
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx")
# Where a layer's quoted includes are looked for after the including file's folder (its libraries' PUBLIC
# include directories, as the CMakeLists set them; app's programs link all three).
SEARCH_ROOTS = {
    "core": ["core"],
    "ui": ["ui", "core"],
    "sim": ["sim", "core"],
    "app": ["core", "ui", "sim"],
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def qt_module_headers(qt_dirs):
    """{module: set of header names} for the Qt modules the rules name, from the Qt include directory."""
    modules = {}
    for base in qt_dirs:
        for module in ("QtCore", "QtGui", "QtWidgets", "QtNetwork"):
            folder = os.path.join(base, module)
            if os.path.isdir(folder):
                modules.setdefault(module, set()).update(os.listdir(folder))
    return modules


def qt_module_of(header, modules):
    """The Qt module a <header> belongs to, or None. <QtGui/QImage> and <QtGui> name it themselves."""
    first = header.split("/", 1)[0]
    if first in ("QtCore", "QtGui", "QtWidgets", "QtNetwork"):
        return first
    if not header.startswith("Q") or "/" in header:
        return None
    for module in ("QtCore", "QtNetwork", "QtGui", "QtWidgets"):  # Core first: it owns shared names
        if header in modules.get(module, ()):
            return module
    return None


def sources(root):
    for layer in LAYERS:
        for folder, _, files in os.walk(os.path.join(root, layer)):
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")


def resolve(root, including, name):
    """The repository path a quoted include names, or None (generated or outside the tree)."""
    layer = including.split("/", 1)[0]
    candidates = [os.path.join(os.path.dirname(including), name)]
    candidates += [os.path.join(r, name) for r in SEARCH_ROOTS[layer]]
    # A wrong include (core naming a ui header) would not compile, but is still named by its layer.
    candidates += [os.path.join(r, name) for r in LAYERS if r not in SEARCH_ROOTS[layer]]
    for candidate in candidates:
        path = os.path.normpath(candidate).replace(os.sep, "/")
        if os.path.isfile(os.path.join(root, path)):
            return path
    return None


def core_folder(path):
    """core/storage/X.h -> 'core/storage'; core/helseid/import/X.h -> 'core/helseid/import'; core/X.h -> 'core'."""
    return os.path.dirname(path)


def folder_cycles(edges):
    """Groups of folders that reach each other through includes (more than one folder each)."""
    graph = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())

    def reachable(start):
        seen, todo = set(), [start]
        while todo:
            for nxt in graph[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    reach = {node: reachable(node) for node in graph}
    groups, done = [], set()
    for node in sorted(graph):
        if node in done or node not in reach[node]:
            continue
        group = sorted(n for n in reach[node] if node in reach[n])
        done.update(group)
        groups.append(group)
    return groups


def breaches(including, target, system_header, qt_module):
    """The rules one include breaks, as short reasons."""
    layer = including.split("/", 1)[0]
    reasons = []
    if target:
        target_layer = target.split("/", 1)[0]
        if target_layer == "app" and layer != "app":
            reasons.append("nothing outside app/ includes app/")
        if layer == "core" and target_layer in ("ui", "app", "sim"):
            reasons.append("core/ never includes %s/" % target_layer)
        if layer == "ui":
            for forbidden in ("core/crypto/", "core/net/", "core/storage/", "core/helseid/import/"):
                if target.startswith(forbidden):
                    reasons.append("ui/ never includes %s (go through the onboarding model)" % forbidden)
            if target_layer == "sim":
                reasons.append("ui/ never includes sim/")
        if layer == "sim":
            if target_layer == "ui":
                reasons.append("sim/ never includes ui/")
            if target_layer == "core" and core_folder(target) not in ("core", "core/crypto"):
                reasons.append("sim/ shares only core/crypto and core's basics, not %s/" % core_folder(target))
    if system_header is not None:
        if layer == "core" and qt_module in ("QtWidgets", "QtGui"):
            reasons.append("core/ knows no widgets (%s)" % qt_module)
        if layer == "ui" and qt_module == "QtNetwork":
            reasons.append("ui/ never talks HTTP (QtNetwork)")
        if layer == "ui" and system_header.startswith("openssl/"):
            reasons.append("ui/ never uses OpenSSL")
    return reasons


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    root = os.path.abspath(argv[1])
    qt_dirs = []
    if "--qt-include" in argv:
        qt_dirs = [d for d in argv[argv.index("--qt-include") + 1].split(":") if d]
    modules = qt_module_headers(qt_dirs)
    if "QtWidgets" not in modules or "QtNetwork" not in modules:
        print("check-layers: no Qt include directory with QtWidgets and QtNetwork in %r; pass --qt-include"
              % qt_dirs)
        return 2

    failures = []
    seen_known = set()
    folder_edges = {}  # (from core folder, to core folder) -> first (file, include) that makes it
    files = list(sources(root))
    for path in files:
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
        for number, line in enumerate(lines, 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            quoted, name = match.group(1) == '"', match.group(2)
            target = resolve(root, path, name) if quoted else None
            system_header = None if quoted else name
            qt_module = qt_module_of(name, modules) if not quoted else None
            written = '"%s"' % name if quoted else "<%s>" % name
            reasons = breaches(path, target, system_header, qt_module)
            if reasons:
                if (path, written) in KNOWN_VIOLATIONS:
                    seen_known.add((path, written))
                else:
                    failures.append("%s:%d: #include %s -- %s" % (path, number, written, "; ".join(reasons)))
            if target and path.startswith("core/") and target.startswith("core/"):
                edge = (core_folder(path), core_folder(target))
                if edge[0] != edge[1]:
                    folder_edges.setdefault(edge, (path, number, written))

    # Folders of core that include each other, directly or round a longer loop.
    for group in folder_cycles(folder_edges):
        steps = ["%s:%d: #include %s" % folder_edges[(a, b)]
                 for (a, b) in sorted(folder_edges) if a in group and b in group]
        failures.append("%s include each other (a cycle): %s" % (", ".join(group), "; ".join(steps)))

    stale = sorted(KNOWN_VIOLATIONS - seen_known)
    for path, written in stale:
        failures.append("%s: #include %s is on the allow-list but no longer breaks a rule: delete its "
                        "line from KNOWN_VIOLATIONS in tests/layers/check-layers.py" % (path, written))

    print("check-layers: %d files under %s; allow-list of known violations: %d entries"
          % (len(files), "/".join(LAYERS), len(KNOWN_VIOLATIONS)))
    if failures:
        print("check-layers: %d problem(s):" % len(failures))
        for failure in failures:
            print("  " + failure)
        return 1
    print("check-layers: every include keeps the rules of the house")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
