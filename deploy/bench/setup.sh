#!/usr/bin/env bash
# Installs what the benchmark needs, on a Debian or Ubuntu machine: PostgreSQL, nginx, wrk, hey, gnuplot, jq
# and shellcheck from the distribution, and PostGraphile from npm at the version package-lock.json pins.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"

packages=(postgresql nginx-light wrk hey gnuplot-nox jq shellcheck curl procps)
command -v node >/dev/null || packages+=(nodejs npm)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=()
  [[ $(id -u) == 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  # RUNLEVEL=1 keeps the packages from starting their system services: the benchmark starts its own servers.
  "${sudo[@]}" env RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x postgraphile/node_modules/.bin/postgraphile ]]; then
  (cd postgraphile && npm ci --no-audit --no-fund --loglevel=error)
fi
