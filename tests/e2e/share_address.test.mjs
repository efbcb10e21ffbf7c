// index.html's share-page address rules (`aiIndexShare`, `aiIndexSearch`, `aiIndexAddress`: url.md's last
// section), run in Node on index.html's own script text: the source's and the built page's
// (Trunk minifies it). The app calls `aiIndexAddress` for every history write and every link it
// passes on (src/components/location.rs); the Rust side reads share paths
// (the app reads the query through `aiIndexSearch`, and src/state/url.rs reports a `fig` or `lang`
// of a share page's query as a repeat; the loader rewrites other forms to `…/s/F/L/`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { csv } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The loader script's functions, run in a sandbox with just enough of a page for its start-up. */
function load(file) {
  const html = readFileSync(file, 'utf8');
  const script = html.match(/<script id=("?)entry-loader\1>([\s\S]*?)<\/script>/)[2];
  const sandbox = {
    location: { pathname: '/', search: '' },
    URLSearchParams,
    window: {},
    document: {
      getElementById: () => ({ textContent: '{"ai-index-explorer":{},"ai-index-models":{}}' }),
      createElement: () => ({}),
      head: { appendChild() {} },
    },
  };
  vm.runInNewContext(script, sandbox);
  assert.equal(typeof sandbox.aiIndexAddress, 'function', `${file}: aiIndexAddress`);
  assert.equal(typeof sandbox.aiIndexShare, 'function', `${file}: aiIndexShare`);
  return sandbox;
}

const CASES = [
  // [page path, canonical query, shared, address]
  ['/r/s/1.2.5/zh/', '?fig=1.2.5&lang=zh', false, '/r/s/1.2.5/zh/'],
  ['/r/s/1.2.5/zh/', '?fig=1.2.5&view=table&lang=zh&regions=USA', false, '/r/s/1.2.5/zh/?view=table&regions=USA'],
  ['/r/s/1.2.5/zh/index.html', '?fig=1.2.5&lang=zh&time=2015..latest', false, '/r/s/1.2.5/zh/?time=2015..latest'],
  ['/r/s/1.2.5/zh/', '?fig=1.3.1&lang=zh', false, '/r/?fig=1.3.1&lang=zh'],
  ['/r/s/1.2.5/zh/', '?fig=1.2.5&lang=en', false, '/r/?fig=1.2.5&lang=en'],
  ['/r/s/1.2.5/zh/', '?view=compare&lang=zh', false, '/r/?view=compare&lang=zh'],
  ['/r/s/1.2.5/zh/', '?lang=zh', false, '/r/?lang=zh'],
  ['/r/s/1.2.5/zh/', '?view=models&lang=zh', true, '/r/?view=models&lang=zh'],
  ['/r/s/1.2.5/zh/', '?fig=1.2.5&lang=zh&embed=1', true, '/r/?fig=1.2.5&lang=zh&embed=1'],
  ['/r/s/1.2.5/zh/', '?fig=1.3.1&lang=en', true, '/r/s/1.3.1/en/'],
  ['/r/index.html', '?fig=1.2.5&lang=zh', false, '/r/index.html?fig=1.2.5&lang=zh'],
  ['/r/index.html', '?fig=1.2.5&lang=zh&theme=dark', true, '/r/s/1.2.5/zh/?theme=dark'],
  ['/r/', '?fig=1.2.5&lang=zh', true, '/r/s/1.2.5/zh/'],
  ['/', '?fig=1.1.1&view=reconcile&lang=en&regions=USA~CHN', true, '/s/1.1.1/en/?view=reconcile&regions=USA~CHN'],
  ['/', '?view=compare&lang=en&regions=USA', true, '/?view=compare&lang=en&regions=USA'],
  ['/', '?lang=en', true, '/?lang=en'],
];
const NOT_SHARE = ['/', '/index.html', '/s/1.2.5/fr/', '/x/1.2.5/en/', '/as/1.2.5/en/', '/s//en/', '/s/1.2.5/en/x/', 's/1.2.5/en/', '/s/1.2.5/zhx'];
// What static hosts may serve for a share page (the loader rewrites them to `…/s/F/L/`).
const SHARE_VARIANTS = ['/r/s/1.2.5/zh/', '/r/s/1.2.5/zh', '/r/s/1.2.5/zh//', '/r/s/1.2.5/zh/index.html'];

const files = [['source', path.join(root, 'index.html')], ['built', path.join(process.env.DIST || path.join(root, 'dist'), 'index.html')]];
for (const [name, file] of files) {
  test(`${name} index.html: share-page addresses follow url.md`, { skip: !existsSync(file) && 'not built' }, () => {
    const js = load(file);
    for (const [at, query, shared, want] of CASES) {
      assert.equal(js.aiIndexAddress(query, shared, at), want, `${at} ${query} shared=${shared}`);
      // Without a path: the page's own.
      js.location.pathname = at;
      assert.equal(js.aiIndexAddress(query, shared), want);
    }
    for (const p of NOT_SHARE) assert.equal(js.aiIndexShare(p), null, p);
    for (const p of SHARE_VARIANTS) assert.deepEqual([...js.aiIndexShare(p)].slice(1), ['/r/', '1.2.5', 'zh'], p);
    // The query the app reads: on a share page its path's figure and language come first.
    for (const [pathname, search, want] of [
      ['/r/s/1.2.5/zh/', '?regions=USA~CHN&fig=1.3.1', '?fig=1.2.5&lang=zh&regions=USA~CHN&fig=1.3.1'],
      ['/r/s/1.2.5/zh/', '', '?fig=1.2.5&lang=zh&'],
      ['/r/', '?fig=1.3.1&lang=en', '?fig=1.3.1&lang=en'],
      ['/r/index.html', '', ''],
    ]) {
      Object.assign(js.location, { pathname, search });
      assert.equal(js.aiIndexSearch(), want, `${pathname}${search}`);
    }
    // Every figure in both languages: its share page keeps its own canonical queries, and a
    // link passed on from the root page is that share page.
    for (const { figure_id: fig } of csv('report/figures.csv')) {
      for (const lang of ['en', 'zh']) {
        const share = `/a/s/${fig}/${lang}/`;
        assert.deepEqual([...js.aiIndexShare(share)].slice(1, 4), ['/a/', fig, lang]);
        assert.equal(js.aiIndexAddress(`?fig=${fig}&lang=${lang}&theme=dark`, false, share), `${share}?theme=dark`);
        assert.equal(js.aiIndexAddress(`?fig=${fig}&lang=${lang}`, true, '/a/'), share);
      }
    }
  });
}
