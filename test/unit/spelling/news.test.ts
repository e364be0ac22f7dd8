// Invented news articles in registers the seed articles lack (sports, markets, health, courts,
// weather, education and technology, culture and world news) and a page of one-line briefs full of
// foreign names, numbers and abbreviations, written in the traditional tone style. The clean articles must raise no spelling finding; their typo copies (made by
// make-news-typos.mjs from fixtures/news-typos.spec.json) must be flagged with the right fix first.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, DEFAULT_SETTINGS, type Finding } from '../../../server/src/analysis';

const dir = new URL('./fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const spelling = (text: string) => analyze(text, DEFAULT_SETTINGS).findings.filter((f) => f.category === 'spelling');

function preferredText(text: string, f: Finding) {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  return fix ? applyEdits(text.slice(f.start, f.end), fix.edits.map((e) => ({ ...e, start: e.start - f.start, end: e.end - f.start }))) : undefined;
}

const clean = readdirSync(dir).filter((f) => /^news-[a-z-]+\.txt$/.test(f)).sort();
const gold = JSON.parse(fixture('news-typos.gold.json')) as Record<string, Array<{ offset: number; typo: string; fix: string }>>;

/**
 * False alarms on the clean articles, as `file: word → fix`. The two articles added last (farming,
 * traffic) were written after the tuning and kept as they came out; these three were there before
 * it too. Each pits a frequent word in a phrase the dictionary corpus lacks against a rarer reading
 * it has.
 */
const KNOWN_FALSE_ALARMS: Record<string, string[]> = {
  'news-farming.txt': [
    // `ông lãi` (he made a profit) is unusual in dictionary text; `ông lại gần` is not
    'spelling/wrong-diacritic: lãi → lại',
    // `kho lạnh` is not in the corpus, `khô lạnh` is
    'spelling/wrong-diacritic: kho → khô',
  ],
};

/** Typos still missed, as `file: typo`, each for a reason the rules cannot see yet. */
const KNOWN_MISSES = [
  // `nghỉ đây` and `nghĩ đây` are both unremarkable pairs; `tôi nghĩ` wins by too little
  'news-sports.typos.txt: nghỉ',
  // `chống dịch` is neither a dictionary word nor a common pair in the corpus, so an unmarked word is left alone
  'news-health.typos.txt: dich',
  // a capitalised word at the start of a sentence may be a name: only fixed into a compound with the next word
  'news-court.typos.txt: Củng',
  // `hoc` is on the foreign-word list (ad hoc), so it is never read as an unmarked `học`
  'news-farming.typos.txt: hoc',
  // `thác` is a consonant away, not a mark: no rule offers it
  'news-traffic.typos.txt: thát',
  // `quan trong` is in the corpus often enough to pass
  'news-traffic.typos.txt: trong',
  // `dừng, đổ xe` and `dừng, đỗ xe` both read well after the comma
  'news-traffic.typos.txt: đổ',
  // tr/ch is a consonant confusion, not a mark
  'news-traffic.typos.txt: chung',
];

/** Typos flagged with another fix first, as `file: typo → fix`. */
const KNOWN_WRONG_FIXES = [
  // `phải hủy` and `phải huy` score alike with `và` after; hủy is the second fix
  'news-briefs.typos.txt: hũy → huy',
  // before a number only `bị` speaks, and `bị phát (hiện)` is more common than `bị phạt`
  'news-briefs.typos.txt: phat → phát',
];

/** Findings that are no typo, as `file: word → fix`. */
const KNOWN_EXTRA = [
  // next to `coong` (Telex for `công`, flagged too) the context is wrong: `nghệ` looks like `nghề`
  'news-tech-edu.typos.txt: nghệ → nghề',
  // the false alarms of the clean article stay in its copy
  ...KNOWN_FALSE_ALARMS['news-farming.txt'].map((x) => `news-farming.typos.txt: ${x.replace(/^[^:]+: /, '')}`),
];

describe('invented news articles', () => {
  it('has at least six clean articles of 400 words or more, each with a typo copy', () => {
    expect(clean.length).toBeGreaterThanOrEqual(6);
    for (const f of clean) {
      expect(fixture(f).split(/\s+/).length, f).toBeGreaterThanOrEqual(400);
      expect(gold[f.replace(/\.txt$/, '.typos.txt')]?.length, f).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(clean)('%s raises no spelling finding but the known false alarms', (f) => {
    const text = fixture(f);
    expect(spelling(text).map((x) => `${x.ruleId}: ${text.slice(x.start, x.end)} → ${preferredText(text, x)}`)).toEqual(KNOWN_FALSE_ALARMS[f] ?? []);
  });

  it('raises fewer than one false alarm per 1,000 words over all the clean articles', () => {
    let words = 0;
    let alarms = 0;
    for (const f of clean) {
      const text = fixture(f);
      words += text.split(/\s+/).length;
      alarms += spelling(text).length;
    }
    expect((alarms * 1000) / words).toBeLessThan(1);
  });

  it('flags the typos in the copies with the right fix first', () => {
    const missed: string[] = [];
    const wrong: string[] = [];
    const extra: string[] = [];
    let typos = 0;
    for (const [f, entries] of Object.entries(gold)) {
      const text = fixture(f);
      const found = spelling(text);
      for (const t of entries) {
        typos++;
        expect(text.slice(t.offset, t.offset + t.typo.length)).toBe(t.typo);
        const hit = found.find((x) => x.start <= t.offset && t.offset < x.end);
        if (!hit) missed.push(`${f}: ${t.typo}`);
        else if (preferredText(text, hit) !== t.fix) wrong.push(`${f}: ${t.typo} → ${preferredText(text, hit)}`);
      }
      for (const x of found) if (!entries.some((t) => x.start <= t.offset && t.offset < x.end)) extra.push(`${f}: ${text.slice(x.start, x.end)} → ${preferredText(text, x)}`);
    }
    expect(typos).toBeGreaterThanOrEqual(130);
    expect(missed).toEqual(KNOWN_MISSES);
    expect(wrong).toEqual(KNOWN_WRONG_FIXES);
    expect(extra).toEqual(KNOWN_EXTRA);
  });
});
