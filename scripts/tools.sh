# shellcheck shell=bash
# Installs, only when missing or of the wrong version, the tools the build and the tests
# use. Sourced by scripts/serve and scripts/test; every step is idempotent and quick when
# the tool is already there. Nothing here downloads a prebuilt binary from the web: every
# tool comes from a package registry (Rust's, npm's, PyPI, Debian's).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.22.1"

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The version of a package Cargo.lock holds.
locked() { awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock; }

# Each tool's version is written once: wasm-bindgen's in Cargo.toml's
# [workspace.dependencies] (so Cargo.lock holds it), binaryen's in package.json, the others'
# here. Trunk.toml must name both as well, as Trunk reads them; this checks that it does,
# before every build and test run.
WASM_BINDGEN_VERSION="$(locked wasm-bindgen)"
check_versions() {
  local trunk_bindgen trunk_opt binaryen
  trunk_bindgen=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
  trunk_opt=$(sed -n 's/^wasm_opt = "version_\(.*\)"/\1/p' Trunk.toml)
  binaryen=$(node -p 'require("./package.json").devDependencies.binaryen.split(".")[0]')
  if [[ -z "$WASM_BINDGEN_VERSION" || "$trunk_bindgen" != "$WASM_BINDGEN_VERSION" ]]; then
    echo "Trunk.toml's wasm_bindgen is '$trunk_bindgen', Cargo.lock holds '$WASM_BINDGEN_VERSION'" >&2
    echo "(pinned in Cargo.toml's [workspace.dependencies]): make them the same." >&2
    exit 1
  fi
  if [[ "$trunk_opt" != "$binaryen" ]]; then
    echo "Trunk.toml's wasm_opt is 'version_$trunk_opt', package.json's binaryen is $binaryen: make them the same." >&2
    exit 1
  fi
}

# The settings of a size build, in one place (scripts/build, scripts/package): the
# standard library rebuilt with the pages' own settings (rust-toolchain.toml pins the
# nightly that allows it), so that it too is optimised for size, and aborting at a panic
# without unwinding or formatting a message: about 12 % off each wasm (bench/README.md).
# Use as `env "${SMALL_STD[@]}" COMMAND`.
SMALL_STD=(CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
  CARGO_PROFILE_RELEASE_PANIC=immediate-abort)

ensure_rust() {
  # rust-toolchain.toml names the compiler, its components and the wasm32 target; with
  # no arguments rustup installs whatever of that is missing, and is quick otherwise.
  if ! rustup toolchain install >/dev/null 2>&1; then
    echo "rustup could not install the toolchain rust-toolchain.toml names" >&2
    rustup toolchain install
  fi
}

# The build tools are compiled once per machine and their own speed matters to no one:
# compile them with little optimisation, no LTO and parallel codegen, which is how the
# installed copies on the project's machines were built and tested.
fast_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_STRIP=true cargo install "$@"
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" == "trunk $TRUNK_VERSION" ]]; then return; fi
  say "installing trunk $TRUNK_VERSION (takes several minutes once)"
  # No update check: the tool must not reach for the web while building.
  fast_install --locked --quiet trunk --version "$TRUNK_VERSION" \
    --no-default-features --features rustls
}

ensure_wasm_bindgen() {
  if [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]] &&
    command -v wasm-bindgen-test-runner >/dev/null; then
    return
  fi
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes once)"
  # `cargo install --locked wasm-bindgen-cli` fails: its lock file pins a webpki-roots
  # release the registry no longer serves. Build it from the registry's own .crate with
  # that one dependency moved to a release that exists.
  local work crate
  work=$(mktemp -d)
  cargo info --quiet "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" >/dev/null
  crate=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" \
    -name "wasm-bindgen-cli-$WASM_BINDGEN_VERSION.crate" | head -n 1)
  tar -xzf "$crate" -C "$work"
  (
    cd "$work/wasm-bindgen-cli-$WASM_BINDGEN_VERSION"
    cargo update --quiet -p webpki-roots --precise 1.0.10
    fast_install --quiet --locked --path .
  )
  rm -rf "$work"
}

# The fuzzers (scripts/fuzz): cargo-fuzz needs a nightly compiler, the one
# rust-toolchain.toml pins (ensure_rust installs it).
CARGO_FUZZ_VERSION="0.13.2"

ensure_fuzz() {
  if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
    fast_install --locked --quiet cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}

# The npm package's build (scripts/package).
WASM_PACK_VERSION="0.15.1"

ensure_wasm_pack() {
  if [[ "$(wasm-pack --version 2>/dev/null)" == "wasm-pack $WASM_PACK_VERSION" ]]; then return; fi
  say "installing wasm-pack $WASM_PACK_VERSION (takes a few minutes once)"
  fast_install --locked --quiet wasm-pack --version "$WASM_PACK_VERSION"
}

ensure_npm() {
  # binaryen's wasm-opt (the only one that reads today's wasm-bindgen output) and the
  # browser-test libraries, exactly as package-lock.json records them.
  local stamp=node_modules/.installed-from-lock
  if cmp -s package-lock.json "$stamp" 2>/dev/null; then return; fi
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
}

ensure_chromium() {
  # Debian's Chromium for the browser tests; no test tool may download its own browser.
  # With fonts-farsiweb, so that screenshots of Persian text show real glyphs (it adds
  # Persian faces and leaves Chromium's other default fonts as they are); the widget
  # itself keeps the reader's system fonts.
  if [[ -x /usr/bin/chromium && -d /usr/share/fonts/truetype/farsiweb ]]; then return; fi
  say "installing Chromium and a Persian font from Debian's packages"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-farsiweb >/dev/null
}

ensure_postgres() {
  # Debian's PostgreSQL for the results server's tests on PostgreSQL (scripts/postgres
  # starts a throwaway cluster of it; the package's own cluster is not used).
  if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then return; fi
  say "installing PostgreSQL from Debian's packages"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

# Python tools from PyPI, each in a virtualenv of its own under target/venvs/ (never a
# binary from the web): Ralph, a real xAPI learning record store, for the results server's
# forwarding tests and its benchmark. `ensure_venv NAME PACKAGE...` makes NAME's
# virtualenv once and installs the packages; its programs are in target/venvs/NAME/bin.
VENVS="target/venvs"
RALPH_PACKAGES=("ralph-malph[cli,lrs]==5.1.0" "requests" "python-jose")

ensure_venv() {
  local name="$1"
  shift
  local venv="$VENVS/$name" stamp="$VENVS/$name/.installed"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$*" ]]; then return; fi
  say "installing $name from PyPI into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$@"
  echo "$*" >"$stamp"
}

ensure_ralph() {
  # ralph-malph's server fails to import without requests and python-jose.
  ensure_venv ralph "${RALPH_PACKAGES[@]}"
}

# Schemathesis, which sends the results server requests made from its own OpenAPI document
# and checks every answer against it (scripts/api-fuzz).
SCHEMATHESIS_PACKAGES=("schemathesis==4.32.5")

ensure_schemathesis() {
  ensure_venv schemathesis "${SCHEMATHESIS_PACKAGES[@]}"
}

# qti2latex, a reader of Canvas's QTI 1.2 quiz packages, for the read-back test of the
# Canvas export (tests/exports/canvas.test.mjs).
QTI2LATEX_PACKAGES=("qti2latex==0.1.6")

ensure_qti2latex() {
  ensure_venv qti2latex "${QTI2LATEX_PACKAGES[@]}"
}

# oha, an HTTP load generator, for the results server's benchmark (scripts/bench): built
# once, about 10 minutes on 2 cores.
OHA_VERSION="1.16.0"

ensure_oha() {
  if [[ "$(oha --version 2>/dev/null)" == "oha $OHA_VERSION" ]]; then return; fi
  say "installing oha $OHA_VERSION (takes about 10 minutes once)"
  fast_install --locked --quiet oha --version "$OHA_VERSION"
}

ensure_build_tools() {
  ensure_rust
  ensure_npm
  ensure_trunk
  ensure_wasm_bindgen
  check_versions
  # Trunk runs cargo offline (Trunk.toml), so every crate must be fetched first, those
  # of the standard library's own build (scripts/build) included.
  cargo fetch --quiet
  env "${SMALL_STD[@]}" cargo fetch --quiet --target wasm32-unknown-unknown
  # Debian's binaryen is too old to read wasm-bindgen's output; the npm one must win.
  if [[ "$(command -v wasm-opt)" != "$ROOT/node_modules/.bin/wasm-opt" ]]; then
    echo "wasm-opt on PATH is not the npm package's: $(command -v wasm-opt || echo none)" >&2
    exit 1
  fi
}
