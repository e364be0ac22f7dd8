#!/usr/bin/env node
// `npm run eval:heldout`: spelling quality on dictionary text the lexicon was built without (see
// heldout.ts). Builds that lexicon and the evaluation into a temporary folder, then runs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vietproof-heldout-'));
try {
  const lexicon = join(work, 'lexicon.bin');
  execFileSync(process.execPath, [join(root, 'server/scripts/build-lexicon.mjs'), '--holdout', '10', '--out', lexicon], { stdio: 'inherit' });
  const bundle = join(work, 'heldout.cjs');
  await build({ entryPoints: [join(root, 'test/bench/heldout.ts')], bundle: true, platform: 'node', outfile: bundle, logLevel: 'warning' });
  execFileSync(process.execPath, [bundle, `${lexicon}.holdout.txt`, process.argv[2] ?? '60'], { stdio: 'inherit', env: { ...process.env, VIETPROOF_LEXICON: lexicon } });
} finally {
  rmSync(work, { recursive: true, force: true });
}
