// Trunk post_build step (release builds), run last (see Trunk.toml): writes `<file>.gz` (gzip
// level 9) and `<file>.br` (brotli quality 11) beside every file of the staging directory, in every
// folder, so a host can send them as they are (nginx `gzip_static`/`brotli_static`, see README)
// instead of compressing on each request. scripts/share-pages.mjs imports `compressBeside` for the
// files it writes after Trunk.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Writes `<file>.gz` (gzip -9) and `<file>.br` (brotli 11) of `bytes` (default: the file's). */
export function compressBeside(file, bytes = readFileSync(file)) {
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
}


/** Every file under `root`, recursively, without the copies an earlier run made. */
function files(root) {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(root, e.name);
    if (e.isDirectory()) return files(p);
    return e.isFile() && !/\.(gz|br)$/.test(e.name) ? [p] : [];
  });
}

const stamp = (file) => { const s = statSync(file); return `${s.size}:${s.mtimeMs}`; };

function run(dir) {
  const done = new Map();
  for (const file of files(dir)) {
    const before = stamp(file);
    compressBeside(file);
    done.set(file, before);
  }

  // Trunk runs the hooks of one stage concurrently: a step in another [[hooks]] entry could still be
  // writing. A copy that does not match its file would be served instead of it, so fail the build.
  const late = files(dir).filter((f) => done.get(f) !== stamp(f));
  if (late.length > 0) {
    console.error(`precompress: changed or added while compressing (run every post-build step before this one, in the same hook): ${late.map((f) => path.relative(dir, f)).join(', ')}`);
    process.exit(1);
  }
}

const dir = process.env.TRUNK_STAGING_DIR;
const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (main && dir && process.env.TRUNK_PROFILE === 'release') run(dir);
