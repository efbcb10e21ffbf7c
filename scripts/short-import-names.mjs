// Trunk post_build hook (release builds): gives the wasm's imports short names. wasm-bindgen
// names each import after the function and a 16-digit hash (`__wbg_setOption_7be0cfb79079f86d`)
// under the module "./ai-index-explorer_bg.js": about 170 such names sit in the wasm and again in
// its glue, and the hashes do not compress (about 3.4 KB of the gzipped wasm). This renames them
// (`a`, `b`, … under module `a`), as Binaryen's minify-imports pass and emscripten do, in both
// files, for every wasm entry point (`…_bg.wasm` and `….js`: index.html's rust links,
// before entry-points.mjs names them and writes their integrity digests). wasm-bindgen's own
// exports (closure shims named after their whole Rust signature, about 2 KB of names in each
// file) are renamed the same way (`$a`, …); `memory`, `main`, the diagnostic `alloc_count` and
// `__wbindgen_malloc` (tests/e2e/faults.test.mjs makes a real trap with it) keep theirs. Custom sections (tools' notes: producers, target features) are left out.
// Only the import and export sections' strings change, never the code. Fails
// the build when the files are not as expected (one import module; each import name once
// in the glue), so a new wasm-bindgen cannot leave a page whose imports do not match.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const fail = (msg) => { throw new Error(`short-import-names.mjs: ${msg}`); };


/** Unsigned LEB128 at `at`: [value, next offset]. */
function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do { byte = buf[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
function uleb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
const str = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s)]);

/** Short names that are plain identifiers, never `__proto__` (the glue's import object has one). */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const shortName = (i) => { let s = ''; do { s += ALPHABET[i % ALPHABET.length]; i = Math.floor(i / ALPHABET.length); } while (i); return s; };

/** Renames the imports of `wasmName` (`…_bg.wasm`) and of its glue (`….js`). */
function shorten(wasmName) {
  const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
  const wasmPath = path.join(dir, wasmName);
  const gluePath = path.join(dir, glueName);
  const wasm = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');
  if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmName} is not a wasm module`);
  const parts = [wasm.subarray(0, 8)];
  // The export section: wasm-bindgen's internal exports (closure shims named after their
  // whole Rust signature, stream classes), read only by the glue as `wasm.<name>`, get short
  // names too; `memory`, `main`, diagnostics (`alloc_count`) and `__wbindgen_malloc` keep theirs.
  const exportsRenamed = [];
  const exportSection = (body) => {
    let p = 0, count;
    [count, p] = leb(body, p);
    const entries = [uleb(count)];
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(body, p);
      const name = body.toString('utf8', p, p + len); p += len;
      const descStart = p;
      p++;
      [, p] = leb(body, p);
      const keep = name.length <= 6 || name === 'alloc_count' || name === '__wbindgen_malloc';
      const to = keep ? name : `$${shortName(exportsRenamed.length)}`;
      if (!keep) exportsRenamed.push([name, to]);
      entries.push(str(to), body.subarray(descStart, p));
    }
    if (p !== body.length) fail('the export section did not parse to its end');
    const out = Buffer.concat(entries);
    return Buffer.concat([Buffer.from([7]), uleb(out.length), out]);
  };
  let at = 8, renamed = null;
  const MODULE = 'a';
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    let size;
    [size, at] = leb(wasm, at);
    const end = at + size;
    if (id === 7) { parts.push(exportSection(wasm.subarray(at, end))); at = end; continue; }
    // Custom sections for tools (producers, target_features, wasm-split's marker): the browser
    // reads none of them.
    if (id === 0) { at = end; continue; }
    if (id !== 2) { parts.push(wasm.subarray(start, end)); at = end; continue; }
    // The import section: count, then (module, name, kind, description) per import.
    let p = at, count;
    [count, p] = leb(wasm, p);
    const entries = [uleb(count)];
    renamed = [];
    let moduleName = null;
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(wasm, p);
      const mod = wasm.toString('utf8', p, p + len); p += len;
      [len, p] = leb(wasm, p);
      const name = wasm.toString('utf8', p, p + len); p += len;
      const descStart = p;
      const kind = wasm[p++];
      if (kind === 0) [, p] = leb(wasm, p); // function: type index
      else if (kind === 1) { p++; const flags = wasm[p++]; [, p] = leb(wasm, p); if (flags & 1) [, p] = leb(wasm, p); } // table
      else if (kind === 2) { const flags = wasm[p++]; [, p] = leb(wasm, p); if (flags & 1) [, p] = leb(wasm, p); } // memory
      else if (kind === 3) p += 2; // global: type, mutability
      else fail(`import ${name}: unknown kind ${kind}`);
      if (moduleName !== null && mod !== moduleName) fail(`imports from two modules (${moduleName}, ${mod})`);
      moduleName = mod;
      const to = shortName(i);
      renamed.push([name, to]);
      entries.push(str(MODULE), str(to), wasm.subarray(descStart, p));
    }
    if (p !== end) fail('the import section did not parse to its end');
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), uleb(body.length), body);
    // The glue: the module's key in the imports object, then each import's key.
    const moduleKey = JSON.stringify(moduleName);
    if (glue.split(moduleKey).length !== 2) fail(`${glueName}: the module key ${moduleKey} is not there exactly once`);
    glue = glue.replace(moduleKey, JSON.stringify(MODULE));
    for (const [from, to] of renamed) {
      const key = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?=\\s*:)`, 'g');
      const n = glue.match(key)?.length ?? 0;
      if (n !== 1 || glue.split(from).length !== 2) fail(`${glueName}: import ${from} is not one key of the imports object`);
      glue = glue.replace(key, to);
    }
    at = end;
  }
  if (!renamed) fail(`${wasmName} has no import section`);
  // Longest first: some names are prefixes of others (`…_true__1_`, `…_true__1__17`).
  for (const [from, to] of [...exportsRenamed].sort((a, b) => b[0].length - a[0].length)) {
    const use = new RegExp(`(?<=\\.)${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    glue = glue.replace(use, to);
    // (The glue's own wrapper functions may share the name: local, renamed by minify-glue.)
    if (glue.includes(`"${from}"`) || glue.includes(`'${from}'`)) fail(`${glueName}: export ${from} is read other than as wasm.${from}`);
  }
  const wasmAfter = Buffer.concat(parts);
  // The module still compiles, and asks for exactly the renamed imports.
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasmAfter));
  if (imports.length !== renamed.length || imports.some((im, i) => im.module !== MODULE || im.name !== renamed[i][1])) fail('the rewritten imports do not read back');
  const exported = new Set(WebAssembly.Module.exports(new WebAssembly.Module(wasmAfter)).map((e) => e.name));
  if (exportsRenamed.some(([, to]) => !exported.has(to))) fail('the rewritten exports do not read back');
  writeFileSync(wasmPath, wasmAfter);
  writeFileSync(gluePath, glue);
  console.log(`short-import-names: ${wasmName}: ${renamed.length} imports and ${exportsRenamed.length} exports renamed; ${wasm.length} → ${wasmAfter.length} bytes`);
}

const wasms = readdirSync(dir).filter((f) => /_bg\.wasm$/.test(f));
if (wasms.length === 0) fail('no wasm (…_bg.wasm) in the staging directory');
for (const wasmName of wasms) shorten(wasmName);
