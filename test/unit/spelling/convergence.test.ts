// A typo written more than once must not vouch for itself through the document's own counts:
// every copy is flagged at once, so applying the preferred fixes settles the text in one go.
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, DEFAULT_SETTINGS, type Finding } from '../../../server/src/analysis';
import { skeletonOf } from '../../../server/src/analysis/rules/spelling/wrong-diacritic';
import { candidateOf } from '../../../server/src/analysis/rules/spelling/candidates';
import { diacriticNeighbours } from '../../../server/src/analysis/text/syllable';
import { loadLexicon } from '../../../server/src/analysis/lexicon/lexicon';

const wrongDiacritic = (text: string) => analyze(text, DEFAULT_SETTINGS).findings.filter((f) => f.ruleId === 'spelling/wrong-diacritic');
const flagged = (text: string) => wrongDiacritic(text).map((f) => `${f.start}:${text.slice(f.start, f.end)}`);
const preferred = (fs: Finding[]) => fs.flatMap((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits ?? []);

describe('spelling/wrong-diacritic converges', () => {
  it('flags every copy of a repeated compound typo, not only the first', () => {
    const text = 'Phong trào thi đua được phát động. Xã có phòng trào văn nghệ sôi nổi và phòng trào thể thao.';
    expect(flagged(text)).toEqual([`${text.indexOf('phòng')}:phòng`, `${text.lastIndexOf('phòng')}:phòng`]);
    const fixed = applyEdits(text, preferred(wrongDiacritic(text)));
    expect(fixed).toBe('Phong trào thi đua được phát động. Xã có phong trào văn nghệ sôi nổi và phong trào thể thao.');
    expect(wrongDiacritic(fixed)).toEqual([]);
  });

  it('reports later rounds at the original offsets, also in decomposed text', () => {
    // the first fix is in decomposed text (longer than its NFC replacement), the second copy after it
    const text = 'Xã có pho\u0300ng trào văn nghệ sôi nổi. Huyện có phòng trào thể thao và phòng trào văn nghệ.';
    for (const f of wrongDiacritic(text)) expect(text.slice(f.start, f.end).normalize('NFC')).toBe('phòng');
    const fixed = applyEdits(text, preferred(wrongDiacritic(text)));
    expect(wrongDiacritic(fixed)).toEqual([]);
  });

  it('does not judge a word by one side when the other neighbour is no syllable (a glued or foreign word)', () => {
    const text = 'XYZHội nghị củng cho biết như vậy.';
    expect(flagged(text)).toEqual([`${text.indexOf('củng')}:củng`]);
    const fixed = applyEdits(text, preferred(wrongDiacritic(text)));
    expect(fixed).toBe('XYZHội nghị cũng cho biết như vậy.');
    expect(wrongDiacritic(fixed)).toEqual([]);
  });

  it('still flags a word next to a non-syllable when it completes a dictionary word on the other side', () => {
    const text = 'Tại COVIDxyz phán ánh của người dân được ghi nhận đầy đủ.';
    expect(flagged(text)).toEqual([`${text.indexOf('phán')}:phán`]);
  });
});

describe('later rounds look only at words whose skeleton a fix touched', () => {
  it('a word, its lexicon key and every variant one diacritic edit away share one skeleton', () => {
    // the prefilter is only sound if this holds for every syllable the lexicon knows
    const lex = loadLexicon();
    let variants = 0;
    for (let id = 0; id < lex.syllableCount; id++) {
      const key = lex.key(id);
      for (const syl of diacriticNeighbours(key)) {
        const c = candidateOf(syl, key, lex);
        if (!c) continue;
        variants++;
        expect(skeletonOf(c.key), `${key} → ${c.key}`).toBe(skeletonOf(key));
      }
    }
    expect(variants).toBeGreaterThan(lex.syllableCount);
    expect(skeletonOf('Kỳ')).toBe(skeletonOf('kì'));
    expect(skeletonOf('đường')).toBe('duong');
    expect(skeletonOf('phong')).not.toBe(skeletonOf('phon'));
  });
});
