// The line measurements done by scans instead of regexes, splits and joined keys must find exactly
// what the plain formulation finds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArticleText, toNfc } from '../../../server/src/analysis/text/document';
import { furnitureMatch, lineNfc, measureLine, measureLines, syllableCount, syllablesOf } from '../../../server/src/analysis/boilerplate/lines';
import { ANCHOR_CLASSES, FURNITURE, FURNITURE_MAX_SYLLABLES, type FurnitureClass } from '../../../server/src/analysis/boilerplate/vocabulary';

/** The greedy match by candidate keys (the straightforward formulation). */
function furnitureMatchByKeys(syllables: readonly string[]) {
  let matched = 0;
  let anchors = 0;
  const votes = new Map<FurnitureClass, number>();
  let firstAnchor: FurnitureClass | undefined;
  for (let i = 0; i < syllables.length; ) {
    let step = 0;
    for (let n = Math.min(FURNITURE_MAX_SYLLABLES, syllables.length - i); n >= 1 && !step; n--) {
      const cls = FURNITURE.get(syllables.slice(i, i + n).join(' '));
      if (!cls) continue;
      step = n;
      matched += n;
      if (ANCHOR_CLASSES.has(cls)) {
        anchors += n;
        firstAnchor ??= cls;
        votes.set(cls, (votes.get(cls) ?? 0) + n);
      }
    }
    i += step || 1;
  }
  let cls = firstAnchor;
  for (const [c, v] of votes) if (cls && v > (votes.get(cls) ?? 0)) cls = c;
  return { matched, anchors, cls };
}

const FURNITURE_SYLLABLES = [...new Set([...FURNITURE.keys()].flatMap((k) => k.split(' ')))];

describe('furnitureMatch', () => {
  it('matches like the greedy longest-key lookup', () => {
    const syllable = fc.oneof(fc.constantFrom(...FURNITURE_SYLLABLES), fc.constantFrom('nhà', 'hà', 'nội', 'x', ''));
    fc.assert(
      fc.property(fc.array(syllable, { maxLength: 12 }), (syllables) => {
        expect({ ...furnitureMatch(syllables) }).toEqual(furnitureMatchByKeys(syllables));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});

const PIECES = ['Tin', 'liên quan', 'Hoà', 'ho\u0300a', '2.500', '14:54', '\u200b', '\ufeff', '\u00a0', ' ', '\n', '\r\n', '.', '!', '…', ';', '"', '”', '’', '»', ')', ']', '“', ':', '：', 'Xem thêm', 'a.vn'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((xs) => xs.join(''));

describe('measureLines', () => {
  it('measures each line as measureLine does, and ends of sentences and colons as the regexes read them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = new ArticleText(t);
        const all = measureLines(doc);
        doc.lines.forEach((line, i) => {
          const f = measureLine(doc, line);
          expect(all[i]).toEqual(f);
          expect(f.endsSentence).toBe(/[.!?…;](?:["”’»)\]]+)?$|["”»]$/u.test(f.text));
          expect(f.endsColon).toBe(/[:：]$/u.test(f.text));
        });
      }),
      { seed: 5, numRuns: 1500 },
    );
  });
});

describe('syllableCount', () => {
  it('counts what syllablesOf finds', () => {
    const pieces = ['Hoà', 'ho\u0300a', 'İ', 'ΣΑΣ', '😀', '𝐀bc', '\ud800', '\udc00', '(12)', '2.500', '\u0301', ' ', '-', 'x²y', 'Ⅻ', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (xs) => {
        const t = xs.join('');
        expect(syllableCount(t)).toBe(syllablesOf(t).length);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});

describe('lineNfc', () => {
  it('is toNfc', () => {
    const pieces = ['Hoà', 'ho\u0300a', 'A\u030a', '\u1e9b\u0323', 'ΣΑΣ', '😀', '\ud800', '“', '…', 'ư', 'ấ', ' ', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (xs) => {
        const t = xs.join('');
        expect(lineNfc(t)).toBe(toNfc(t));
      }),
      { seed: 9, numRuns: 1000 },
    );
  });
});
