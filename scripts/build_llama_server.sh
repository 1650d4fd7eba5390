#!/usr/bin/env bash
# Build llama.cpp's `llama-server` once, offline, from the llama.cpp sources vendored in the
# llama-cpp-python sdist on PyPI, and cache it outside the repo (the real-upstream tests use it).
#
#   scripts/build_llama_server.sh        # prints the cache folder; builds only if it is absent
#
# The cache folder, keyed by the sdist version, holds bin/llama-server and gguf-py/ (the `gguf`
# package of the same llama.cpp revision, so the GGUF the tests write is one this server reads).
# Takes about 8 minutes on 2 cores. Needs cmake and a C++ compiler; no network but PyPI.
set -euo pipefail

# Pinned: a new llama.cpp changes the server's streaming and reasoning behaviour the tests pin;
# upgrading is a deliberate edit here (the cache key follows).
VERSION="${LLAMA_CPP_PYTHON_VERSION:-0.3.36}"
CACHE="${GUARDPROXY_LLAMA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/guardproxy}/llama-server-$VERSION"
PYTHON="${PYTHON:-python3}"

if [[ -x "$CACHE/bin/llama-server" && -d "$CACHE/gguf-py/gguf" ]]; then
  echo "$CACHE"
  exit 0
fi

for tool in cmake c++; do
  command -v "$tool" >/dev/null || { echo "building llama-server needs $tool" >&2; exit 3; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

"$PYTHON" -m pip download -q --no-deps --no-binary :all: "llama-cpp-python==$VERSION" \
  -d "$work" >&2
tar -xzf "$work/llama_cpp_python-$VERSION.tar.gz" -C "$work"
src="$work/llama_cpp_python-$VERSION/vendor/llama.cpp"
[[ -f "$src/tools/server/server.cpp" ]] || { echo "no vendor/llama.cpp server in $VERSION" >&2; exit 1; }

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
# No web UI (it would be fetched prebuilt or built with npm), no TLS, static, portable CPU code.
cmake -S "$src" -B "$work/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_OPENSSL=OFF -DBUILD_SHARED_LIBS=OFF \
  -DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF >&2
cmake --build "$work/build" --target llama-server -j "$(nproc)" >&2

# Assemble in a temporary folder and rename it into place: a build cut short leaves no cache
# that looks complete.
mkdir -p "$(dirname "$CACHE")"
stage="$(mktemp -d "$(dirname "$CACHE")/.stage.XXXXXX")"
chmod 755 "$stage"
mkdir -p "$stage/bin"
cp "$work/build/bin/llama-server" "$stage/bin/"
cp -r "$src/gguf-py" "$stage/gguf-py"
"$stage/bin/llama-server" --version >"$stage/version.txt" 2>&1 || true
rm -rf "$CACHE"
mv "$stage" "$CACHE"
echo "built llama-server $VERSION in $((SECONDS - started)) s" >&2
echo "$CACHE"
