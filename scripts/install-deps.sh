#!/usr/bin/env bash
# Installs the Debian 12 packages that building sjsj needs, if any is missing; --test adds what the
# test suite needs, --bench what the benchmark needs.
# Run as root (or with sudo) on a fresh machine; a machine that has them all is left untouched.
set -euo pipefail

packages=(
  g++ cmake make pkg-config python3 sqlite3
  libcli11-dev libfmt-dev libsqlitecpp-dev libyaml-cpp-dev doctest-dev libssl-dev
  libcsv-dev libxlsxwriter-dev nlohmann-json3-dev zlib1g-dev
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(time)  # bench/run.sh measures peak memory with /usr/bin/time
fi
if [[ "${1:-}" == "--test" ]]; then
  # The robustness suite fuzzes with clang's libFuzzer under ASan and UBSan; the plan-schema
  # transcript validates the example plan with jsonschema; the format check runs clang-format.
  packages+=(clang libclang-rt-14-dev clang-format python3-yaml python3-jsonschema)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "installing: ${missing[*]}"
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
