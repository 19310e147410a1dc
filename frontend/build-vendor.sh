#!/usr/bin/env bash
# Regenerate vendor/codemirror.js (committed) from the exact versions in package-lock.json.
# Only needed when upgrading CodeMirror; running the app never needs Node or npm.
#   frontend/build-vendor.sh           # npm ci + esbuild; same lock file -> same bytes
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npx --no-install esbuild vendor-src/codemirror.js \
  --bundle --format=esm --minify --target=es2020 --legal-comments=none \
  --outfile=vendor/codemirror.js --log-level=warning
# The licences of everything inside the bundle, next to it.
{
  echo "vendor/codemirror.js bundles the packages below (MIT licence), built by build-vendor.sh."
  for pkg in @codemirror/autocomplete @codemirror/commands @codemirror/lang-python @codemirror/language \
             @codemirror/state @codemirror/view @lezer/common @lezer/highlight @lezer/lr @lezer/python \
             style-mod w3c-keyname crelt @marijn/find-cluster-break; do
    dir=node_modules/$pkg
    [ -d "$dir" ] || continue
    version=$(node -p "require('./$dir/package.json').version")
    echo
    echo "==== $pkg $version ===="
    cat "$dir"/LICENSE* 2>/dev/null || echo "(licence: $(node -p "require('./$dir/package.json').license"))"
  done
} > vendor/LICENSES.txt
sha256sum vendor/codemirror.js
wc -c vendor/codemirror.js
