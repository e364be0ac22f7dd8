// Seed figures (dev set) computed from the engine directly, the way ../shared/tools/eval.mjs scores
// the language server: a line counts as flagged when a boilerplate finding covers it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze, applyEdits, ArticleText, DEFAULT_SETTINGS } from '../../../server/src/analysis';
import { cleanArticle } from '../../../server/src/analysis/boilerplate';

// the seeds and their hand labels are copied into test/fixtures so the repository stands alone
const FIXTURES = resolve(__dirname, '../../fixtures');
const GOLD = join(FIXTURES, 'seeds.gold.json');

interface GoldFile {
  title?: { line: number; text: string };
  boilerplate: { must: number[]; may: number[]; trailing_nbsp_lines?: number[]; metadata_prefix?: { line: number; text: string }; caption_residue?: Array<{ line: number; text: string }> };
}

const gold: Record<string, GoldFile> = JSON.parse(readFileSync(GOLD, 'utf8'));
const seeds = Object.keys(gold).filter((k) => k.endsWith('.txt'));
const rules = ALL_RULES.filter((r) => r.category === 'boilerplate');

function score(name: string) {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const doc = new ArticleText(text);
  const result = analyze(text, DEFAULT_SETTINGS, { rules });
  const flagged = new Map<number, Set<string>>();
  for (const f of result.findings) {
    if (f.category !== 'boilerplate') continue;
    const first = doc.lineAt(f.start).index + 1;
    const endLine = doc.lineAt(f.end);
    const last = endLine.start === f.end && endLine.index + 1 > first ? endLine.index : endLine.index + 1;
    for (let l = first; l <= last; l++) {
      const what = f.ruleId === 'boilerplate/whitespace' && f.start > doc.lines[l - 1].start ? 'trailing-space' : f.ruleId;
      flagged.set(l, (flagged.get(l) ?? new Set()).add(what));
    }
  }
  const g = gold[name].boilerplate;
  const missed = g.must.filter((l) => !flagged.has(l));
  const lines = text.split(/\r?\n/);
  const outside = [...flagged.keys()].filter((l) => !g.must.includes(l) && !g.may.includes(l) && lines[l - 1].trim() !== '');
  // a run of non-breaking spaces after a content line is residue; flagging only the run is intended
  const fp = outside.filter((l) => ![...flagged.get(l)!].every((w) => w === 'trailing-space'));
  const trailingOnly = outside.filter((l) => !fp.includes(l));
  return { text, result, missed, fp, trailingOnly, mustCount: g.must.length };
}

describe('seed figures', () => {
  it('has the seeds', () => {
    expect(seeds.length).toBe(5);
  });

  it('flags every must line, nothing outside must/may, and finds every title', () => {
    let must = 0;
    let hit = 0;
    let fp = 0;
    let titles = 0;
    const notes: string[] = [];
    for (const name of seeds) {
      const s = score(name);
      must += s.mustCount;
      hit += s.mustCount - s.missed.length;
      fp += s.fp.length;
      const want = gold[name].title!.text.normalize('NFC').replace(/[:\s]+$/, '');
      const got = s.result.article.title?.text.normalize('NFC').replace(/[:\s]+$/, '');
      if (got === want) titles++;
      else notes.push(`${name}: title ${JSON.stringify(got)}`);
      for (const l of s.missed) notes.push(`${name}:${l} missed`);
      for (const l of s.fp) notes.push(`${name}:${l} false positive`);
      for (const l of s.trailingOnly) notes.push(`${name}:${l} trailing NBSP run only`);
    }
    console.log(`boilerplate recall ${hit}/${must}, false-positive lines ${fp}, titles ${titles}/${seeds.length}\n${notes.join('\n')}`);
    expect(notes.filter((n) => !n.includes('trailing NBSP'))).toEqual([]);
    expect(hit).toBe(must);
    expect(titles).toBe(seeds.length);
  });

  it.each(seeds)('clean-up of %s leaves exactly the article', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const g = gold[name].boilerplate;
    const lines = text.split(/\r?\n/);
    // expected: every non-blank line outside must/may, with residue stripped; may lines that are the
    // title keep their text without the glued prefix
    const expected: string[] = [];
    lines.forEach((raw, i) => {
      const n = i + 1;
      let t = raw;
      if (g.metadata_prefix?.line === n) t = t.replace(g.metadata_prefix.text, '');
      else if (g.must.includes(n) || g.may.includes(n)) return;
      t = t.replace(/[\s\u00a0]+$/u, '').replace(/^[\s\u00a0]+/u, '');
      if (t) expected.push(t.normalize('NFC'));
    });
    const cleaned = cleanArticle(text);
    expect(cleaned.split('\n').filter((l) => l.trim() !== '')).toEqual(expected);
    expect(cleanArticle(cleaned)).toBe(cleaned);
    expect(cleaned).not.toMatch(/\n\n\n/);
  });

  it.each(seeds)('quick fixes of %s do not overlap and, applied to the end, agree with the clean-up', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const found = analyze(text, DEFAULT_SETTINGS, { rules }).findings;
    for (let k = 1; k < found.length; k++) expect(found[k].start).toBeGreaterThanOrEqual(found[k - 1].end);
    // apply every preferred fix, pass after pass, as fix-all with removeOnFixAll does
    let current = text;
    for (let pass = 0; pass < 5; pass++) {
      const taken: Array<[number, number]> = [];
      const edits = analyze(current, DEFAULT_SETTINGS, { rules }).findings.flatMap((f) => {
        const e = f.fixes.find((x) => x.preferred)!.edits;
        const s0 = Math.min(...e.map((x) => x.start));
        const e0 = Math.max(...e.map((x) => x.end));
        if (taken.some(([a, b]) => s0 < b && e0 > a)) return [];
        taken.push([s0, e0]);
        return e;
      });
      if (!edits.length) break;
      current = applyEdits(current, edits);
    }
    expect(analyze(current, DEFAULT_SETTINGS, { rules }).findings).toEqual([]);
    expect(cleanArticle(current)).toBe(cleanArticle(text));
    expect(current).not.toMatch(/\n[ \u00a0]*\n[ \u00a0]*\n/);
  });

  it.each(seeds)('%s reads the same with CRLF line breaks and decomposed (NFD) letters', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const variant = text.normalize('NFD').replace(/\n/g, '\r\n');
    const linesOf = (t: string) => {
      const doc = new ArticleText(t);
      return analyze(t, DEFAULT_SETTINGS, { rules }).findings.map((f) => `${f.ruleId}:${doc.lineAt(f.start).index}-${doc.lineAt(f.end).index}`);
    };
    expect(linesOf(variant)).toEqual(linesOf(text));
    expect(analyze(variant, DEFAULT_SETTINGS, { rules }).article.title?.text.normalize('NFC')).toBe(analyze(text, DEFAULT_SETTINGS, { rules }).article.title?.text);
    expect(cleanArticle(variant)).toBe(cleanArticle(text).replace(/\n/g, '\r\n'));
  });
});
