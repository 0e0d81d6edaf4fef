#!/usr/bin/env bash
# Installs everything building and testing transdrift needs on Debian 12
# (bookworm), from Debian's own packages. Safe to run again: when every
# package is already installed it does nothing. Runs apt-get as root, through
# sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ca-certificates git
  libicu-dev          # sentence/word segmentation, normalization
  libeigen3-dev       # alignment cost matrices
  libspdlog-dev libfmt-dev  # --verbose logging in the CLI
  catch2              # unit tests
  libboost-dev
  wordnet-base        # WordNet 3.0 database: lemmas and synonyms
  libcli11-dev        # command-line parsing
  libcmark-dev        # Markdown inputs (CommonMark)
  libgumbo-dev        # HTML inputs (HTML5 parser)
  chromium            # the HTML report test (headless browser)
  nlohmann-json3-dev  # JSON report
)

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup-debian.sh: run as root (or install sudo)" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  echo "setup-debian.sh: all ${#packages[@]} packages are installed"
  exit 0
fi

echo "setup-debian.sh: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
