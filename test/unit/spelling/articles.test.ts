// Whole invented articles (not seed text): one with a typo of every kind the spelling and
// punctuation rules handle, one full of look-alikes that must stay quiet (names, places,
// abbreviations, Roman numerals, foreign words, numbers, dates, URLs, all-caps titles).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, DEFAULT_SETTINGS, type Finding } from '../../../server/src/analysis';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ours = (f: Finding) => f.category === 'spelling' || (f.category === 'style' && f.ruleId !== 'style/double-space');

function preferredText(text: string, f: Finding) {
  const fix = f.fixes.find((x) => x.preferred);
  return fix ? applyEdits(text.slice(f.start, f.end), fix.edits.map((e) => ({ ...e, start: e.start - f.start, end: e.end - f.start }))) : undefined;
}

describe('an invented article with typos of every kind', () => {
  const text = fixture('typos.txt');
  const found = analyze(text, DEFAULT_SETTINGS).findings.filter(ours);
  const got = found.map((f) => [f.ruleId, text.slice(f.start, f.end), preferredText(text, f)]);

  it('flags each typo once, with the right fix preferred', () => {
    expect(got).toEqual([
      ['style/space-after-punctuation', '.D', '. D'],
      ['style/list-colon', ';', ':'],
      ['spelling/wrong-diacritic', 'Chú', 'Chủ'],
      ['spelling/wrong-diacritic', 'phán', 'phản'],
      ['spelling/wrong-diacritic', 'phòng', 'phong'],
      ['spelling/wrong-diacritic', 'mặc', 'mắc'],
      ['spelling/wrong-diacritic', 'củng', 'cũng'],
      ['spelling/invalid-syllable', 'trât', 'trật'],
      ['spelling/tone-placement', 'thọai', 'thoại'],
      ['style/tone-style', 'uỷ', 'ủy'],
      ['spelling/telex-residue', 'Vieetj', 'Việt'],
      ['spelling/telex-residue', 'ddoongf', 'đồng'],
      ['spelling/telex-residue', 'chis', 'chí'],
    ]);
  });

  it('offers at most one preferred fix and at most four alternatives', () => {
    for (const f of found) {
      expect(f.fixes.filter((x) => x.preferred)).toHaveLength(1);
      expect(f.fixes.length).toBeLessThanOrEqual(5);
      expect(f.message.en.length).toBeGreaterThan(5);
      expect(f.message.vi.length).toBeGreaterThan(5);
    }
  });

  it('keeps working on decomposed (NFD) text with CRLF line ends, edits staying in range', () => {
    const nfd = text.normalize('NFD').replace(/\n/g, '\r\n');
    const f2 = analyze(nfd, DEFAULT_SETTINGS).findings.filter(ours);
    expect(f2.map((f) => f.ruleId)).toEqual(found.map((f) => f.ruleId));
    for (const f of f2) expect(nfd.slice(f.start, f.end).normalize('NFC')).toBe(text.slice(found[f2.indexOf(f)].start, found[f2.indexOf(f)].end));
  });
});

describe('an invented article full of look-alikes', () => {
  it('raises no spelling or punctuation finding', () => {
    const text = fixture('clean.txt');
    const found = analyze(text, DEFAULT_SETTINGS).findings.filter(ours);
    expect(found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  it('honours the user’s accepted words', () => {
    const text = 'Hội nghị có nhiều ý kiến phán ánh tình hình.';
    expect(analyze(text, DEFAULT_SETTINGS).findings.filter(ours)).toHaveLength(1);
    expect(analyze(text, DEFAULT_SETTINGS, { acceptedWords: ['phán'] }).findings.filter(ours)).toHaveLength(0);
  });
});

describe('document counts', () => {
  it('do not let a caption repeated word for word vouch for its own typo', () => {
    const caption = 'Bà Trần Thị Mai, Phó Chủ tịch UBND xã phát biểu tại lễ phát động phòng trào trồng cây.';
    const text = `${caption}\n${caption}\n\nNgười dân hưởng ứng tích cực.`;
    const found = analyze(text, DEFAULT_SETTINGS).findings.filter((f) => f.ruleId === 'spelling/wrong-diacritic');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['phòng', 'phòng']);
  });

  it('let a form the article itself uses vouch for a rare neighbour', () => {
    // written twice in different sentences, the pair is this article's own vocabulary
    const text = 'Xã có mô hình cà phê chồn. Sản phẩm cà phê chồn được ưa chuộng. Giá cà phê chồn tăng.';
    expect(analyze(text, DEFAULT_SETTINGS).findings.filter((f) => f.category === 'spelling')).toEqual([]);
  });
});

