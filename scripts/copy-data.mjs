// Trunk post_build hook: copies build/data/ (the models file build.rs writes, named by its
// content hash) into the staging directory's data/. Fails loudly when the file is missing, as a
// page without it could not draw 1.3.5–1.3.7, 1.3.22 and 1.3.23.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('copy-data.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');
const from = 'build/data';
if (!existsSync(from) || !readdirSync(from).some((f) => f.startsWith('notable-models-'))) {
  throw new Error(`${from}/notable-models-*.tsv is missing: build.rs writes it (touch build.rs and rebuild)`);
}
cpSync(from, path.join(dir, 'data'), { recursive: true });
