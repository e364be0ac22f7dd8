#!/usr/bin/env node
// Builds server/out/lexicon.bin from @vntk/dictionary (MIT): the Viet74K word list and the
// definitions and examples of dictionary.json (~840k words of Vietnamese). Everything is keyed by
// the lexicon key of server/src/analysis/lexicon/keys.ts (bundled on the fly with esbuild so the
// builder and the engine normalise the same way). dictionary-vi (GPL) is never read here.
//
// usage: node server/scripts/build-lexicon.mjs [--force] [--out FILE] [--holdout K]
// Skips the work when the asset is newer than its inputs (same stamp).
// --holdout K (evaluation only): leaves the senses of every K-th headword out of the counts and
// writes their text to FILE.holdout.txt, so the checker can be measured on text it has not seen.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const outArg = args.indexOf('--out');
const outFile = outArg >= 0 ? resolve(args[outArg + 1]) : join(root, 'server/out/lexicon.bin');
const FORMAT_VERSION = 1;
const holdArg = args.indexOf('--holdout');
const holdout = holdArg >= 0 ? Number(args[holdArg + 1]) : 0;

const require = createRequire(join(root, 'package.json'));
const dataDir = join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data');
const inputs = [
  join(dataDir, 'Viet74K.txt'),
  join(dataDir, 'dictionary.json'),
  join(root, 'server/src/analysis/text/syllable.ts'),
  join(root, 'server/src/analysis/lexicon/keys.ts'),
  fileURLToPath(import.meta.url),
];

function stampOf() {
  const h = createHash('sha1');
  h.update(String(FORMAT_VERSION));
  for (const f of inputs) {
    const st = statSync(f);
    // data files by size (large, never edited); code by content
    h.update(f.endsWith('.txt') || f.endsWith('.json') ? `${f}:${st.size}` : readFileSync(f));
  }
  return h.digest('hex');
}

function existingStamp() {
  if (!existsSync(outFile)) return undefined;
  try {
    const fd = openSync(outFile, 'r');
    const head = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    if (head.toString('latin1', 0, 4) !== 'VPLX') return closeSync(fd), undefined;
    const len = head.readUInt32LE(4);
    const json = Buffer.alloc(len);
    readSync(fd, json, 0, len, 8);
    closeSync(fd);
    return JSON.parse(json.toString('utf8')).stamp;
  } catch {
    return undefined;
  }
}

async function loadKeys() {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [join(root, 'server/src/analysis/lexicon/keys.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

async function main() {
  const t0 = performance.now();
  const stamp = stampOf();
  if (!force && !holdout && existingStamp() === stamp) {
    console.log(`lexicon: up to date (${outFile})`);
    return;
  }
  const { lexKey } = await loadKeys();

  const ids = new Map(); // lexicon key → id
  const keys = [];
  const uni = [];
  const free = [];
  const flags = [];
  const idOf = (k) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = keys.length;
      ids.set(k, id);
      keys.push(k);
      uni.push(0);
      free.push(0);
      flags.push(0);
    }
    return id;
  };
  const foreign = new Map();
  const bigrams = new Map(); // a*65536+b → count
  const bigramFlags = new Map();
  const trigrams = new Map(); // a*2^32 + b*2^16 + c → count

  // Syllable flags
  const F_WORD = 1; // a one-syllable entry of Viet74K
  const F_LEXICON = 2; // part of some Viet74K entry
  const F_CORPUS = 4; // seen in the definitions/examples
  const F_LOWER = 8; // seen written in lower case somewhere (not only in names)
  // Bigram flags
  const B_WORD = 1; // a two-syllable entry
  const B_INWORD = 2; // adjacent inside a longer entry

  const SPLIT = /[^\p{L}\p{M}\s]+/u;
  /** A phrase → lists of syllable ids, cut wherever a token is not a syllable. */
  function runs(phrase, onForeign) {
    const out = [];
    let cur = [];
    for (const tok of phrase.split(/\s+/)) {
      if (!tok) continue;
      const k = lexKey(tok);
      if (k === undefined) {
        if (cur.length) out.push(cur);
        cur = [];
        if (onForeign && /^\p{L}{2,}$/u.test(tok)) onForeign(tok.toLowerCase());
        continue;
      }
      const id = idOf(k);
      if (tok === tok.toLowerCase()) flags[id] |= F_LOWER;
      cur.push(id);
    }
    if (cur.length) out.push(cur);
    return out;
  }
  const addForeign = (w) => foreign.set(w, (foreign.get(w) ?? 0) + 1);

  // 1. Viet74K: words and compounds
  const lines = readFileSync(join(dataDir, 'Viet74K.txt'), 'utf8').normalize('NFC').split(/\r?\n/);
  let entries = 0;
  for (const line of lines) {
    const entry = line.trim();
    if (!entry) continue;
    entries++;
    // a proper name (every word capitalised: `Trịnh Tường`, `Sông Đà`) is no compound of ordinary
    // words: its syllables are known, but its pairs make no dictionary word for running text
    const properName = /\s/.test(entry) && entry.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    for (const phrase of entry.split(SPLIT)) {
      for (const run of runs(phrase, addForeign)) {
        for (const id of run) flags[id] |= F_LEXICON;
        if (run.length === 1 && phrase.trim().split(/\s+/).length === 1) flags[run[0]] |= F_WORD;
        const whole = run.length === phrase.trim().split(/\s+/).length;
        for (let i = 0; i + 1 < run.length && !properName; i++) {
          const k = run[i] * 65536 + run[i + 1];
          const f = whole && run.length === 2 ? B_WORD : B_INWORD;
          bigramFlags.set(k, (bigramFlags.get(k) ?? 0) | f);
          if (!bigrams.has(k)) bigrams.set(k, 0);
        }
      }
    }
  }

  // 2. Definitions and examples: n-gram counts
  const dict = JSON.parse(readFileSync(join(dataDir, 'dictionary.json'), 'utf8'));
  let words = 0;
  const heldOut = [];
  let headword = 0;
  for (const senses of Object.values(dict)) {
    if (holdout && ++headword % holdout === 0) {
      for (const sense of senses) for (const f of [sense.definition, sense.example]) if (typeof f === 'string') heldOut.push(...f.normalize('NFC').split(/\s*~\s*/));
      continue;
    }
    for (const sense of senses) {
      for (const field of [sense.definition, sense.example]) {
        if (typeof field !== 'string' || !field) continue;
        for (const phrase of field.normalize('NFC').split(SPLIT)) {
          for (const run of runs(phrase, addForeign)) {
            words += run.length;
            for (let i = 0; i < run.length; i++) {
              const a = run[i];
              uni[a]++;
              flags[a] |= F_CORPUS;
              // free-standing: not inside a dictionary compound with either neighbour here
              const inLeft = i > 0 && bigramFlags.has(run[i - 1] * 65536 + a);
              const inRight = i + 1 < run.length && bigramFlags.has(a * 65536 + run[i + 1]);
              if (!inLeft && !inRight) free[a]++;
              if (i + 1 < run.length) {
                const k = a * 65536 + run[i + 1];
                bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
              }
              if (i + 2 < run.length) {
                const k = a * 4294967296 + run[i + 1] * 65536 + run[i + 2];
                trigrams.set(k, (trigrams.get(k) ?? 0) + 1);
              }
            }
          }
        }
      }
    }
  }
  if (keys.length >= 65536) throw new Error(`too many syllables for 16-bit ids: ${keys.length}`);

  // foreign words: letters-only tokens that are not syllables, seen in the dictionary (email, internet)
  const foreignWords = [...foreign.keys()].filter((w) => w.length >= 2).sort();

  const bigramKeys = Float64Array.from([...bigrams.keys()]).sort();
  const bk = new Uint32Array(bigramKeys.length);
  const bc = new Uint16Array(bigramKeys.length);
  const bf = new Uint8Array(bigramKeys.length);
  bigramKeys.forEach((k, i) => {
    bk[i] = k;
    bc[i] = Math.min(65535, bigrams.get(k));
    bf[i] = bigramFlags.get(k) ?? 0;
  });
  const tk = Float64Array.from([...trigrams.keys()]).sort();
  const tc = new Uint16Array(tk.length);
  tk.forEach((k, i) => (tc[i] = Math.min(65535, trigrams.get(k))));

  const sections = {
    unigramCounts: Uint32Array.from(uni),
    freeCounts: Uint32Array.from(free),
    syllableFlags: Uint8Array.from(flags),
    bigramKeys: bk,
    bigramCounts: bc,
    bigramFlags: bf,
    trigramKeys: tk,
    trigramCounts: tc,
  };
  const layout = {};
  let offset = 0;
  for (const [name, arr] of Object.entries(sections)) {
    layout[name] = { offset, length: arr.length, type: arr.constructor.name };
    offset += Math.ceil(arr.byteLength / 8) * 8;
  }
  const header = {
    format: FORMAT_VERSION,
    stamp: holdout ? `holdout-${holdout}` : stamp,
    source: '@vntk/dictionary (MIT): Viet74K.txt, dictionary.json',
    corpusWords: words,
    entries,
    syllables: keys,
    foreign: foreignWords,
    sections: layout,
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // pad the header so the sections start 8-byte aligned
  const pad = (8 - ((8 + json.length) % 8)) % 8;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const body = Buffer.alloc(offset);
  for (const [name, arr] of Object.entries(sections)) {
    Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(body, layout[name].offset);
  }
  const head = Buffer.alloc(8);
  head.write('VPLX', 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  mkdirSync(dirname(outFile), { recursive: true });
  // write then rename: a concurrent reader never sees half a file
  const tmp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([head, json, body]));
  renameSync(tmp, outFile);
  if (holdout) writeFileSync(`${outFile}.holdout.txt`, heldOut.filter((x) => x.trim()).join('\n') + '\n');
  const ms = (performance.now() - t0).toFixed(0);
  console.log(
    `lexicon: ${keys.length} syllables, ${bk.length} bigrams, ${tk.length} trigrams, ${foreignWords.length} foreign words, ` +
      `${words} corpus words → ${outFile} (${((8 + json.length + offset) / 1e6).toFixed(1)} MB, ${ms} ms)`,
  );
}

main().catch((err) => {
  console.error('lexicon build failed:', err);
  process.exit(1);
});
