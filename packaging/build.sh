#!/usr/bin/env bash
# Builds the one-folder bundle: bash packaging/build.sh OUT_DIR  ->  OUT_DIR/reader-app/reader-app
# The bundle runs without Python installed. It needs the project's dependencies and
# PyInstaller in the Python that runs this script (a virtual environment is made for it).
set -euo pipefail
out="${1:?usage: packaging/build.sh OUT_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
venv="$out/.build-venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q "$root" "pyinstaller>=6.0"
cd "$root/packaging"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$out/.build" reader-app.spec
install -m 644 "$root/packaging/reader-app.desktop" "$out/reader-app/"
install -m 644 "$root/packaging/io.github.reader_app.reader.metainfo.xml" "$out/reader-app/"
install -m 644 "$root/reader_app/resources/reader-app.svg" "$out/reader-app/"
echo "built $out/reader-app/reader-app"
