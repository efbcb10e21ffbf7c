// Trunk post_build hook (release builds), the last one: writes `<file>.gz` (gzip level 9) and
// `<file>.br` (brotli quality 11) beside every file of the staging directory, in every folder, so a
// host can send them as they are (nginx `gzip_static`/`brotli_static`, see README) instead of
// compressing on each request. Last, because earlier hooks rewrite or add files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);

/** Every file under `root`, recursively, without the copies an earlier run made. */
function files(root) {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(root, e.name);
    if (e.isDirectory()) return files(p);
    return e.isFile() && !/\.(gz|br)$/.test(e.name) ? [p] : [];
  });
}

for (const file of files(dir)) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
}
