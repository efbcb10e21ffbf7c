// Trunk post_build hook: puts the page shell (build/shell.html, written by `make dist` with
// `cargo run --bin page-shell`, see src/page_shell.rs) in place of index.html's <noscript>: the
// figure list for readers without JavaScript and the templates index.html's boot script shows
// before the wasm runs. Fails loudly when the shell is missing, as the page would lose both.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('insert-shell.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');
const from = 'build/shell.html';
if (!existsSync(from)) throw new Error(`${from} is missing: \`make dist\` writes it (cargo run --bin page-shell -- ${from})`);
const shell = readFileSync(from, 'utf8');
const htmlPath = path.join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
// The body's <noscript>: the innermost one, as comments in index.html's head scripts (kept in builds
// that are not minified) name `<noscript>` too, and a match from there would swallow the head.
const noscript = /<noscript>(?:(?!<noscript>)[\s\S])*?<\/noscript>/;
if (!noscript.test(html)) throw new Error('index.html: no <noscript> to replace with the page shell');
writeFileSync(htmlPath, html.replace(noscript, () => shell));
