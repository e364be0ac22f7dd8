// Line features the classifier reads: the syllables read off the tokens must be exactly what a
// regex over the line finds, whatever the line holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArticleText } from '../../../server/src/analysis/text/document';
import { lineSyllables, measureLine, syllablesOf } from '../../../server/src/analysis/boilerplate/lines';

const PIECES = ['Hoà', 'ho\u0300a', 'Ủy', 'Covid19', 'F0', 'toa.soan@bao.vn', 'https://a.vn/tin-moi', 'Baoxyz.vn', '2.500', '14:54', '\u0301', 'ΣΑΣ', '😀', '𝐀bc', 'UBND', '(12)', 'Xem thêm:', '\u3000', 'x²y', '-', '.', ' ', '  ', '\u00a0', 'İ'];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(''));

describe('lineSyllables', () => {
  it('equals the letter runs of the NFC line, for any mix of words, marks, URLs, numbers and symbols', () => {
    fc.assert(
      fc.property(line, (text) => {
        const doc = new ArticleText(text);
        const f = measureLine(doc, doc.lines[0]);
        expect(lineSyllables(f.blank ? [] : doc.tokensIn(f.start, f.end), f.text)).toEqual(syllablesOf(f.text));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('falls back to the text when a stray combining mark stands alone', () => {
    const doc = new ArticleText('Tin \u0301mới');
    expect(lineSyllables(doc.tokens, 'Tin \u0301mới')).toEqual(['tin', '\u0301mới']);
  });
});

describe('measureLine', () => {
  it('counts capitals, function words and numbers of a line', () => {
    const doc = new ArticleText('  ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ 15 \nSáng nay, các đại biểu đã về dự.');
    const [caps, prose] = doc.lines.map((l) => measureLine(doc, l));
    expect(caps).toMatchObject({ allCaps: true, numbers: 1, text: 'ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ 15' });
    expect(prose.allCaps).toBe(false);
    expect(prose.endsSentence).toBe(true);
    expect(prose.funcShare).toBeGreaterThan(0.2);
  });
});
