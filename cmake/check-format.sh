#!/usr/bin/env bash
# Fails when a C++ source of the project is not formatted with the repo's .clang-format (./dev format fixes).
set -euo pipefail
cd "$1"
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find core ui app sim tests bench -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
existing=()
for f in "${files[@]}"; do [ -f "$f" ] && existing+=("$f"); done
clang-format --dry-run --Werror "${existing[@]}"
echo "format: ${#existing[@]} files are formatted"
