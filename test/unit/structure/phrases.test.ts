// Phrase sets skip positions whose first key starts none of their phrases (a bit per set on each
// token): the result must be that of walking the trie from every position.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../../server/src/analysis/text/document';
import { excludedMask, listKeys, phraseKeyId, PhraseSet, startMask, tokView, tokViewWithFacts, FACT_ABBR, FACT_CAP, FACT_GLUED, FACT_JOINED, FACT_LOWER, FACT_UPPER, FACT_WORD, type Tok } from '../../../server/src/analysis/structure/phrases';
import { HONORIFICS, PLACES } from '../../../server/src/analysis/structure/names';
import { ABBREVIATED_HEADS, BODIES, RANKS, TITLE_HEADS, TITLE_PREFIXES } from '../../../server/src/analysis/structure/titles';

/** Whether the tokens [s, e) are one phrase of `set` on one line, by hasKeys (no shortcut). */
function slowCovers(set: PhraseSet, toks: readonly Tok[], s: number, e: number): boolean {
  if (s < 0 || e > toks.length || e <= s) return false;
  for (let k = s + 1; k < e; k++) if (!toks[k].joined) return false;
  return set.hasKeys(toks.slice(s, e).map((t) => t.key));
}

/** Longest phrase of `set` starting at i, by trying every length (no shortcut). */
function slowMatch(set: PhraseSet, toks: readonly Tok[], i: number): number {
  let best = 0;
  for (let e = i + 1; e <= toks.length && e - i <= 8; e++) if (slowCovers(set, toks, i, e)) best = e - i;
  return best;
}

/** Whether some phrase of at most maxLen tokens ends just before `end` (no shortcut). */
function slowEndsAt(set: PhraseSet, toks: readonly Tok[], end: number, maxLen = 4): boolean {
  for (let s = Math.max(0, end - maxLen); s < end; s++) if (slowCovers(set, toks, s, end)) return true;
  return false;
}

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

describe('PhraseSet', () => {
  it('matches the longest phrase at every position of the fixtures, as a full trie walk does', () => {
    const sets = { HONORIFICS, PLACES, BODIES, RANKS, TITLE_HEADS, TITLE_PREFIXES };
    let hits = 0;
    for (const text of texts) {
      const { toks, facts } = tokViewWithFacts(new ArticleText(text));
      for (const [name, set] of Object.entries(sets)) {
        for (let i = 0; i < toks.length; i++) {
          const want = slowMatch(set, toks, i);
          if (want) hits++;
          expect(set.matchFacts(facts, i), `${name} at ${toks[i].text}`).toBe(want);
          if (want) expect(set.coversFacts(facts, i, i + want)).toBe(true);
        }
      }
    }
    expect(hits).toBeGreaterThan(50);
  });

  it('a set made after the others still matches (its first keys are marked on the next view)', () => {
    const late = new PhraseSet(['ban chỉ đạo', 'Phó ban']);
    const { toks, facts } = tokViewWithFacts(new ArticleText('Ông A là phó ban, còn bà B vào Ban Chỉ đạo.'));
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    expect(late.matchFacts(facts, at('phó'))).toBe(2);
    expect(late.matchFacts(facts, at('Ban'))).toBe(3);
    expect(late.matchFacts(facts, at('bà'))).toBe(0);
    expect(late.endsAtFacts(facts, at('đạo') + 1)).toBe(true);
  });

  it('a start mask of several sets rules out exactly the tokens where none of them starts a phrase', () => {
    const sets = [RANKS, TITLE_PREFIXES, TITLE_HEADS, ABBREVIATED_HEADS];
    const mask = startMask(...sets);
    expect(mask).not.toBe(0);
    let ruledOut = 0;
    for (const text of texts) {
      const { toks, facts } = tokViewWithFacts(new ArticleText(text));
      for (let i = 0; i < toks.length; i++) {
        if (toks[i].starts & mask) continue;
        ruledOut++;
        for (const set of sets) expect(set.matchFacts(facts, i)).toBe(0);
      }
    }
    expect(ruledOut).toBeGreaterThan(1000);
  });

  it('matches on the view\'s facts past the ends and with a short look behind, as a full walk does', () => {
    const sets = { HONORIFICS, PLACES, BODIES, RANKS, TITLE_HEADS, TITLE_PREFIXES };
    for (const text of texts.slice(0, 20)) {
      const { toks, facts } = tokViewWithFacts(new ArticleText(text));
      for (const [name, set] of Object.entries(sets)) {
        for (let i = 0; i <= toks.length + 1; i++) {
          expect(set.matchFacts(facts, i), `${name} at ${i}`).toBe(i < toks.length ? slowMatch(set, toks, i) : 0);
          expect(set.endsAtFacts(facts, i), `${name} ending at ${i}`).toBe(slowEndsAt(set, toks, i));
          expect(set.endsAtFacts(facts, i, 1)).toBe(slowEndsAt(set, toks, i, 1));
        }
      }
    }
  });

  it('endsAtFacts agrees with coversFacts at every end of the fixtures', () => {
    let hits = 0;
    for (const text of texts.slice(0, 10)) {
      const { toks, facts } = tokViewWithFacts(new ArticleText(text));
      for (let end = 0; end <= toks.length + 1; end++) {
        let want = false;
        for (let s = Math.max(0, end - 4); s < end; s++) if (HONORIFICS.coversFacts(facts, s, end)) want = true;
        if (want) hits++;
        expect(HONORIFICS.endsAtFacts(facts, end)).toBe(want);
      }
    }
    expect(hits).toBeGreaterThan(10);
  });
});

describe('tokView', () => {
  const view = (text: string) => tokView(new ArticleText(text)).map((t) => `${t.text}@${t.start}`).join(' ');

  it('merges Central Highlands names written with an apostrophe, once per name', () => {
    expect(view("Bà H'Hen Niê và ông K’Sor Phước, rock'n'roll")).toBe(
      "Bà@0 H'Hen@3 Niê@9 và@13 ông@16 K’Sor@20 Phước@26 ,@31 rock@33 '@37 n@38 '@39 roll@40",
    );
    expect(view("H'H'Hen, Y'Ka' 'Ha ' X'")).toBe("H'H@0 '@3 Hen@4 ,@7 Y'Ka@9 '@13 '@15 Ha@16 '@19 X@21 '@22");
    expect(view("KA'Ba H' Ba M'Nông.")).toBe("KA'Ba@0 H@6 '@7 Ba@9 M'Nông@12 .@18");
    expect(view("'A'B")).toBe("'@0 A'B@1");
  });

  it('numbers the tokens by position, and its facts are the tokens\' own fields', () => {
    for (const text of texts.slice(0, 10)) {
      const { toks, facts } = tokViewWithFacts(new ArticleText(text));
      toks.forEach((t, i) => {
        expect(t.i).toBe(i);
        expect(facts.starts[i]).toBe(t.starts);
        const f = facts.flags[i];
        expect([!!(f & FACT_CAP), !!(f & FACT_ABBR), !!(f & FACT_UPPER), !!(f & FACT_LOWER), !!(f & FACT_WORD), !!(f & FACT_JOINED), !!(f & FACT_GLUED)])
          .toEqual([t.cap, t.abbr, t.upper, t.lower, t.kind === 'word', t.joined, t.glued]);
      });
    }
  });

  it('gives listed keys ids in the facts, whatever the case or tone style, and no others', () => {
    listKeys(['quơzy']);
    const { toks, facts } = tokViewWithFacts(new ArticleText('Quơzy QUƠZY quơzyy Ban'));
    const id = phraseKeyId('quơzy');
    expect(id).toBeGreaterThan(0);
    expect([...facts.keys]).toEqual([id, id, 0, phraseKeyId(toks[3].key)]);
    expect(facts.keys[3]).toBeGreaterThan(0); // `ban` is a phrase key (Ban Dân vận…)
    expect(BODIES.matchFacts(facts, 0)).toBe(0);
  });

  it('excludedMask marks the tokens starting inside a range', () => {
    const toks = tokView(new ArticleText('một hai ba bốn năm sáu'));
    const ranges = [{ start: 4, end: 10 }, { start: 1, end: 2 }, { start: 15, end: 100 }];
    const want = toks.map((t) => (ranges.some((r) => r.start <= t.start && t.start < r.end) ? 1 : 0));
    expect([...excludedMask(toks, ranges)]).toEqual(want);
  });
});
