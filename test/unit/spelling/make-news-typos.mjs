// Makes the typo copies of the invented news articles (fixtures/news-*.txt) from
// fixtures/news-typos.spec.json: each entry is [phrase in the clean text, the same phrase with
// one word mistyped]. Writes fixtures/news-*.typos.txt and fixtures/news-typos.gold.json (for each
// typo: its offset in the copy, the typed word and the word it should be).
// Run: node test/unit/spelling/make-news-typos.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./fixtures/', import.meta.url);
const spec = JSON.parse(readFileSync(new URL('news-typos.spec.json', dir), 'utf8'));
const gold = {};
for (const [file, edits] of Object.entries(spec)) {
  let text = readFileSync(new URL(file, dir), 'utf8');
  for (const [from, to] of edits) {
    if (from === to) continue;
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${file}: "${from}" must occur exactly once`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  const typos = [];
  for (const [from, to] of edits) {
    if (from === to) continue;
    const a = from.split(' ');
    const b = to.split(' ');
    const i = a.findIndex((w, k) => w !== b[k]);
    if (a.length !== b.length || a.filter((w, k) => w !== b[k]).length !== 1) throw new Error(`${file}: "${to}" must change one word of "${from}"`);
    const strip = (w) => w.replace(/[.,;:!?"]+$/u, '');
    const offset = text.indexOf(to) + b.slice(0, i).join(' ').length + (i ? 1 : 0);
    typos.push({ offset, typo: strip(b[i]), fix: strip(a[i]) });
  }
  typos.sort((x, y) => x.offset - y.offset);
  const out = file.replace(/\.txt$/, '.typos.txt');
  writeFileSync(new URL(out, dir), text);
  gold[out] = typos;
}
writeFileSync(new URL('news-typos.gold.json', dir), JSON.stringify(gold, null, 1) + '\n');
