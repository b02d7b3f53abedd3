#!/usr/bin/env bash
# Builds the .deb with cpack, unpacks it into a scratch root with dpkg -x, and checks that it holds
# the binary, man pages and completions, declares its runtime dependencies, and runs.
# Usage: test_deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
  if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1" >&2; failures=$((failures + 1)); fi
}

cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/msol_*.deb)
echo "built $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libsqlite3-0 libfmt tzdata libdate-tz libstdc++6 libc6; do
  check "depends on $lib" '[[ "$depends" == *"$lib"* ]]'
done
check "recommends graphviz" '[[ "$(dpkg-deb -f "$deb" Recommends)" == *graphviz* ]]'

root="$work/root"
dpkg -x "$deb" "$root"
prefix=$(cd "$root" && find . -path '*/bin/msol' | sed 's|/bin/msol$||; s|^\.||')
check "the binary is under $prefix/bin" '[ -x "$root$prefix/bin/msol" ]'
for page in msol.1 msol-crew.1 msol-rhythm.1 msol-game.1 msol.5; do
  check "man page $page" '[ -f "$root$prefix/share/man/man${page##*.}/$page" ]'
done
check "bash completion" '[ -s "$root$prefix/share/bash-completion/completions/msol" ]'
check "zsh completion" '[ -s "$root$prefix/share/zsh/vendor-completions/_msol" ]'
check "fish completion" '[ -s "$root$prefix/share/fish/vendor_completions.d/msol.fish" ]'
version=$("$root$prefix/bin/msol" --version)
check "the unpacked msol runs: $version" '[[ "$version" == "msol "[0-9]* ]]'
(cd "$work" && "$root$prefix/bin/msol" init --timezone Europe/Berlin >/dev/null 2>&1)
check "the unpacked msol makes a congregation file" '[ -f "$work/congregation.msol" ]'
echo "$failures failed"
exit $((failures > 0))
