#!/usr/bin/env bash
# Packs the built extension (run scripts/build_web.sh first) into dist/newslens-chrome.zip and
# dist/newslens-firefox.zip. One source serves both browsers (manifest keys each ignores); the
# two zips differ only in name, so each store gets the file it expects.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -f extension/pkg/newslens_bg.wasm ] && [ -f extension/pkg/.bundled ] || { echo "extension/pkg is missing: run scripts/build_web.sh" >&2; exit 1; }
mkdir -p dist
rm -f dist/newslens-chrome.zip dist/newslens-firefox.zip
# Sorted names, fixed timestamps: the same tree always gives the same bytes.
# Modules that build_web.sh bundled into pkg/ are not loaded by the extension: left out.
files=$(cd extension && find . -type f ! -name '*.py' ! -name '.gitignore' ! -name '.*' | sed 's|^\./||' \
  | grep -vxF -f pkg/.bundled | LC_ALL=C sort)
python3 - "$files" <<'PY'
import sys, zipfile
names = sys.argv[1].split("\n")
for out in ("dist/newslens-chrome.zip", "dist/newslens-firefox.zip"):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open("extension/" + n, "rb") as f:
                z.writestr(info, f.read())
PY
ls -l dist/*.zip
