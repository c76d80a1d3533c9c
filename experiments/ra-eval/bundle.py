#!/usr/bin/env python3
"""Writes the source bundle the browser build of rust-analyzer loads (wasm/src/lib.rs says
the format): std/core/alloc from the sysroot's rust-src, and every library crate of the
scratch project the native harness analyses (the oracle's tokio/futures/tokio-util pins and
their dependencies, as `cargo metadata` resolves them for x86_64 Linux, features included;
proc-macro crates are left out, as the browser has no proc-macro server). Only each crate's
`.rs` files under its root's folder are kept.

    python3 bundle.py FIXTURE_DIR OUT      # FIXTURE_DIR: $CARGO_TARGET_DIR/ra-eval-fixture
Prints the bundle's size, raw and gzipped.
"""
import gzip, json, os, subprocess, sys

fixture, out = sys.argv[1], sys.argv[2]
sysroot = subprocess.check_output(["rustc", "--print", "sysroot"], text=True).strip()
library = os.path.join(sysroot, "lib/rustlib/src/rust/library")
meta = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--filter-platform", "x86_64-unknown-linux-gnu",
     "--manifest-path", os.path.join(fixture, "Cargo.toml")]))

# The cfgs rustc sets for the oracle's target (x86_64 Linux, debug build).
cfgs = [line for line in subprocess.check_output(
    ["rustc", "--print", "cfg", "-C", "debug-assertions"], text=True).splitlines()]

crates, files = [], {}

def add_files(root_file, prefix):
    folder = os.path.dirname(root_file)
    for dirpath, _, names in os.walk(folder):
        for n in sorted(names):
            if n.endswith(".rs"):
                path = os.path.join(dirpath, n)
                files[prefix + os.path.relpath(path, folder)] = open(path, encoding="utf-8", errors="replace").read()
    return prefix + os.path.relpath(root_file, folder)

lang = {"core": [], "alloc": ["core:core"], "std": ["core:core", "alloc:alloc"]}
for name, deps in lang.items():
    root = add_files(os.path.join(library, name, "src/lib.rs"), f"/sysroot/{name}/")
    crates.append((name, name, "lang", root, deps, []))

packages = {p["id"]: p for p in meta["packages"]}
root_id = meta["resolve"]["root"]
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
def lib_target(p):
    return next((t for t in p["targets"] if set(t["kind"]) & {"lib", "rlib", "proc-macro"}), None)
def key(pid):
    p = packages[pid]
    return f'{p["name"]}-{p["version"]}'
direct = {d["pkg"] for d in nodes[root_id]["deps"]}
for pid, node in sorted(nodes.items()):
    if pid == root_id:
        continue
    p, t = packages[pid], lib_target(packages[pid])
    if t is None or "proc-macro" in t["kind"]:
        continue
    root = add_files(t["src_path"], f'/crates/{key(pid)}/')
    deps = []
    for d in node["deps"]:
        dt = lib_target(packages[d["pkg"]])
        if dt and "proc-macro" not in dt["kind"] and any(k["kind"] is None for k in d["dep_kinds"]):
            deps.append(f'{d["name"]}:{key(d["pkg"])}')
    origin = "direct" if pid in direct else "lib"
    crates.append((key(pid), t["name"].replace("-", "_"), origin, root, deps, node["features"]))

parts = [f"cfg {c}\n" for c in cfgs]
for k, name, origin, root, deps, features in crates:
    parts.append(f'crate {k} {name} {origin} {root} {",".join(deps) or "-"} {",".join(features) or "-"}\n')
text = "".join(parts)
blob = text.encode()
for path, src in files.items():
    data = src.encode()
    blob += f"file {path} {len(data)}\n".encode() + data
open(out, "wb").write(blob)
gz = gzip.compress(blob, 9)
print(f"bundle: {len(crates)} crates, {len(files)} files, {len(blob)/1e6:.1f} MB, {len(gz)/1e6:.2f} MB gzipped")
