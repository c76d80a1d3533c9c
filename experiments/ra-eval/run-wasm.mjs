// Times the browser build in Node: `node run-wasm.mjs WASM BUNDLE PROGRAM.rs...`.
// Loads the bundle (cold), checks each program (the first check analyses std/tokio as far as
// the file needs; the rest are warm) and prints each program's errors and the times.
import fs from "node:fs";

const [wasmPath, bundlePath, ...programs] = process.argv.slice(2);
const t0 = performance.now();
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {});
const w = instance.exports;
const put = (bytes) => {
  const ptr = w.alloc(bytes.length);
  new Uint8Array(w.memory.buffer, ptr, bytes.length).set(bytes);
  return ptr;
};
const bundle = fs.readFileSync(bundlePath);
const files = w.load(put(bundle), bundle.length);
const loaded = performance.now();
console.log(`instantiate + load ${files} files: ${(loaded - t0).toFixed(0)} ms`);
const times = [];
for (const path of programs) {
  const src = Buffer.from(fs.readFileSync(path, "utf8"));
  const start = performance.now();
  const len = w.check(put(src), src.length);
  times.push(performance.now() - start);
  const out = Buffer.from(new Uint8Array(w.memory.buffer, w.out_ptr(), len)).toString();
  console.log(`${path} (${times.at(-1).toFixed(1)} ms)\n${out}`);
}
const warm = times.slice(1).sort((a, b) => a - b);
if (times.length)
  console.log(`first check ${times[0].toFixed(0)} ms; warm median ${(warm[warm.length >> 1] ?? 0).toFixed(1)} ms over ${warm.length}`);
