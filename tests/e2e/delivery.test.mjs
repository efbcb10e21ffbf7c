// Delivery rules of issue 9: every file of the built site has precompressed copies (.gz, .br) that
// decompress to its exact bytes, the wasm entry points index.html names are there under their
// content hashes with their digests, and `make serve` never writes dist/ (Trunk's dev server adds
// a live-reload script to the index.html it serves).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { root, serve, entryPoints } from './harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const subRoot = path.resolve(root, process.env.SUBPATH_ROOT || 'target/subpath');
const subDist = path.join(subRoot, 'reports/ai-index');

/** Every file under `dir`, recursively, as paths relative to `dir`. */
function files(dir, rel = '') {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.join(rel, e.name);
    return e.isDirectory() ? files(dir, r) : [r];
  });
}

function checkPrecompressed(dir) {
  const all = files(dir);
  // The share pages' PNG previews are compressed already: no copies (scripts/share-previews.mjs).
  const plain = all.filter((f) => !/\.(gz|br|png)$/.test(f));
  const kinds = new Set(plain.map((f) => path.extname(f)));
  // The check must have something to check: the page, its glue, wasm, CSS, ECharts and data at least.
  for (const ext of ['.html', '.js', '.wasm', '.css', '.tsv', '.txt']) assert.ok(kinds.has(ext), `${dir} has a ${ext} file`);
  const rows = [];
  for (const f of plain) {
    const bytes = readFileSync(path.join(dir, f));
    const gz = path.join(dir, `${f}.gz`);
    const br = path.join(dir, `${f}.br`);
    assert.ok(existsSync(gz) && existsSync(br), `${f} has .gz and .br copies in ${dir}`);
    assert.ok(gunzipSync(readFileSync(gz)).equals(bytes), `${f}.gz decompresses to ${f}`);
    assert.ok(brotliDecompressSync(readFileSync(br)).equals(bytes), `${f}.br decompresses to ${f}`);
    rows.push({ f, raw: bytes.length, gz: statSync(gz).size, br: statSync(br).size });
  }
  // A copy without its file would be served for a name the site no longer has.
  for (const f of all.filter((f) => /\.(gz|br)$/.test(f))) assert.ok(plain.includes(f.slice(0, -3)), `${f} has its plain file`);
  return rows;
}

test('every file in dist/ has .gz and .br copies with identical content', () => {
  assert.ok(existsSync(path.join(dist, 'index.html')), 'build dist/ first (make dist)');
  const rows = checkPrecompressed(dist);
  console.log([`${'dist/'.padEnd(46)}${'bytes'.padStart(9)}${'.gz'.padStart(9)}${'.br'.padStart(9)}`,
    ...rows.map((r) => `${r.f.padEnd(46)}${String(r.raw).padStart(9)}${String(r.gz).padStart(9)}${String(r.br).padStart(9)}`)].join('\n'));
});

test('the sub-path build has them too', { skip: !existsSync(path.join(subDist, 'index.html')) && 'build it with make test-e2e' }, () => {
  checkPrecompressed(subDist);
});

/** The entry points of the build in `dir` served at `base` (its public URL). */
function checkEntryPoints(dir, base) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entries = entryPoints(html);
  // The figures' (src/main.rs) and the model explorer's (src/models_main.rs): Cargo.toml's bins.
  assert.deepEqual(Object.keys(entries).sort(), ['ai-index-explorer', 'ai-index-models']);
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  for (const [bin, e] of Object.entries(entries)) {
    const [js, wasm] = [e.js, e.wasm].map((u) => { assert.ok(u.startsWith(base), `${u} is under ${base}`); return readFileSync(path.join(dir, u.slice(base.length))); });
    assert.equal(sri(js), e.jsIntegrity, `${bin}'s glue matches its digest`);
    assert.equal(sri(wasm), e.wasmIntegrity, `${bin}'s wasm matches its digest`);
    const hash = createHash('sha256').update(wasm).update(js).digest('hex').slice(0, 16);
    assert.equal(e.js, `${base}${bin}-${hash}.js`, `${bin}'s glue is named by the content hash of both files`);
    assert.equal(e.wasm, `${base}${bin}-${hash}_bg.wasm`, `${bin}'s wasm too`);
    assert.ok(new WebAssembly.Module(wasm), `${bin}'s wasm compiles`);
  }
  // No other wasm or glue, and nothing in the page loads one by itself (the loader does).
  const built = readdirSync(dir).filter((f) => /\.(wasm|js)$/.test(f) && f.startsWith('ai-index-')).sort();
  assert.deepEqual(built, Object.values(entries).flatMap((e) => [e.js, e.wasm]).map((u) => u.slice(base.length)).sort(), 'every wasm and glue is an entry');
  assert.doesNotMatch(html, /\brel="?(modulepreload|rust)\b|\bimport\s+init\b/, 'Trunk loads no wasm itself');
}

test('index.html names both wasm entry points, each under its content hash with its digests', () => {
  checkEntryPoints(dist, '/');
});

test('so does the sub-path build\'s', { skip: !existsSync(path.join(subDist, 'index.html')) && 'build it with make test-e2e' }, () => {
  checkEntryPoints(subDist, '/reports/ai-index/');
});

/** GET without keep-alive (the server closes at once) and without decoding: headers and raw body.
 * Follows redirects (serve-handler sends `/index.html` to `/`). */
const get = (url, headers) => new Promise((ok, fail) => {
  http.get(url, { headers, agent: false }, (res) => {
    if (res.statusCode >= 300 && res.statusCode < 400) {
      res.resume();
      ok(get(new URL(res.headers.location, url).href, headers));
      return;
    }
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail);
});

test('the test server sends the plain files, never the copies', async () => {
  // The page-weight measure gzips what the page receives: it must receive each file as it is.
  const server = await serve(dist);
  try {
    for (const f of files(dist).filter((f) => !/\.(gz|br)$/.test(f))) {
      const { headers, body } = await get(server.url + f.split(path.sep).join('/'), { 'accept-encoding': 'br, gzip' });
      assert.equal(headers['content-encoding'], undefined, `${f} sent without Content-Encoding`);
      assert.ok(body.equals(readFileSync(path.join(dist, f))), `${f} sent as it is`);
    }
  } finally {
    await server.close();
  }
});

/** A free loopback port. */
const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

test('make serve serves from its own folder and leaves dist/ alone', async () => {
  // The command `make serve` runs (make -n prints it without running anything).
  const recipe = execFileSync('make', ['-n', 'serve'], { cwd: root, encoding: 'utf8' });
  const command = recipe.split('\n').find((l) => /(^|\s)trunk serve\b/.test(l));
  assert.ok(command, `make serve runs trunk serve:\n${recipe}`);
  const out = command.match(/--dist[= ](\S+)/)?.[1];
  assert.ok(out, `trunk serve is given its own --dist: ${command}`);
  const rel = path.relative(path.resolve(root, 'dist'), path.resolve(root, out));
  assert.ok(rel.startsWith('..') && !path.isAbsolute(rel), `${out} is outside dist/`);

  // Run that command for a page without Rust (built in well under a second) in a scratch folder
  // with this project's Trunk.toml, minus its hooks (they need the real build's files).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  try {
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>\n');
    const toml = readFileSync(path.join(root, 'Trunk.toml'), 'utf8').split(/^(?=\[)/m).filter((s) => !s.startsWith('[[hooks]]')).join('');
    writeFileSync(path.join(dir, 'Trunk.toml'), toml);
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    const port = await freePort();
    const child = spawn('bash', ['-c', command], { cwd: dir, detached: true, stdio: 'ignore', env: { ...process.env, TRUNK_SERVE_PORT: String(port) } });
    const served = path.join(dir, out, 'index.html');
    try {
      const start = Date.now();
      while (!(existsSync(served) && readFileSync(served, 'utf8').includes('.well-known/trunk/ws'))) {
        assert.ok(!existsSync(path.join(dir, 'dist')), 'trunk serve created no dist/');
        assert.ok(Date.now() - start < 30000, `trunk serve wrote ${out}/index.html with its live-reload script within 30 s`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    } finally {
      const exited = new Promise((ok) => child.once('exit', ok));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    assert.ok(!existsSync(path.join(dir, 'dist')), 'trunk serve created no dist/');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
