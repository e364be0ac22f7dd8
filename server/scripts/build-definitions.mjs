#!/usr/bin/env node
// Compiles word meanings from @vntk/dictionary (MIT) into server/out/definitions.bin: brotli-compressed
// JSON { version, maxWords, entries: { key: [[headword, [[pos, definition], …]], …] } } — definitions
// only, no examples. Keys are defKey() of server/src/analysis/structure/keys.ts (bundled on the fly
// with esbuild, so builder and reader agree): both tone styles (hòa/hoà) and i/y spellings share one.
// The server reads the asset lazily on the first hover that needs a meaning.
// usage: node server/scripts/build-definitions.mjs [--force] [--out FILE]
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : join(root, 'server', 'out', 'definitions.bin');
const keysSource = join(root, 'server', 'src', 'analysis', 'structure', 'keys.ts');

const require = createRequire(join(root, 'package.json'));
const source = require.resolve('@vntk/dictionary/data/dictionary.json');

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const inputs = [source, fileURLToPath(import.meta.url), keysSource];
if (!args.includes('--force') && mtime(out) > Math.max(...inputs.map(mtime))) {
  console.log(`build-definitions: up to date (${out})`);
  process.exit(0);
}

async function loadKeys() {
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    entryPoints: [keysSource], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
  });
  return import('data:text/javascript;base64,' + Buffer.from(built.outputFiles[0].text).toString('base64'));
}

const { defKey } = await loadKeys();
const dict = JSON.parse(readFileSync(source, 'utf8'));
const entries = {};
let senses = 0;
let maxWords = 1;
for (const [word, list] of Object.entries(dict)) {
  if (!Array.isArray(list)) continue;
  const headword = word.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!headword) continue;
  const defs = [];
  for (const e of list) {
    const text = String(e?.definition ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    if (text) defs.push([String(e?.pos ?? ''), text]);
  }
  if (!defs.length) continue;
  const key = defKey(headword);
  (entries[key] ??= []).push([headword, defs]);
  senses += defs.length;
  maxWords = Math.max(maxWords, key.split(' ').length);
}

const json = JSON.stringify({ source: '@vntk/dictionary (MIT)', version: 2, maxWords, entries });
const packed = brotliCompressSync(Buffer.from(json, 'utf8'), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', packed);
renameSync(out + '.tmp', out); // a server reading the old asset never sees half a file
console.log(`build-definitions: ${Object.keys(entries).length} keys, ${senses} senses, up to ${maxWords} syllables → ${out} (${(packed.length / 1024).toFixed(0)} KB)`);
