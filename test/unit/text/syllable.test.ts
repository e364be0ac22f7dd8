// The syllable model against the dictionary-vi word list (GPL-2.0, used here only as a test
// oracle: every Vietnamese syllable it lists, modern tone style) and hand-made cases.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyCasing,
  composeCased,
  composeSyllable,
  diacriticNeighbours,
  hasStyleVariants,
  hasVietnameseDiacritic,
  isValidSyllable,
  parseSyllable,
  syllableKey,
} from '../../../server/src/analysis/text/syllable';

const dicPath = fileURLToPath(new URL('../../../node_modules/dictionary-vi/index.dic', import.meta.url));
const oracle = readFileSync(dicPath, 'utf8')
  .split('\n')
  .slice(1)
  .map((w) => w.trim().normalize('NFC'))
  .filter((w) => w && w === w.toLowerCase());

// Entries of the oracle that are not native syllables: loanwords (email, gram, tivi), a lone
// letter, and loans that break the stop-final tone rule (xit, têt) or the c/k, g/gh rule (ka, gen).
const NOT_SYLLABLES = new Set(['basoi', 'email', 'gen', 'gip', 'gram', 'gỵa', 'internet', 'intranet', 'ka', 'palăng', 'ping', 'tivi', 'tout', 'tuyn', 'têt', 'v', 'web', 'xit']);

describe('syllable model over every dictionary-vi syllable', () => {
  it('has thousands of entries to check', () => {
    expect(oracle.length).toBeGreaterThan(6000);
  });

  it('accepts every native syllable and only rejects the known loans', () => {
    const rejected = oracle.filter((w) => !isValidSyllable(w));
    expect(new Set(rejected)).toEqual(NOT_SYLLABLES);
  });

  it('round-trips in the modern style (the style of the list)', () => {
    for (const w of oracle) {
      const p = parseSyllable(w);
      if (!p) continue;
      expect(composeSyllable(p.syllable, 'modern'), w).toBe(w);
    }
  });

  it('round-trips through the traditional style to the same key and parts', () => {
    let differing = 0;
    for (const w of oracle) {
      if (NOT_SYLLABLES.has(w)) continue;
      const p = parseSyllable(w)!;
      const trad = composeSyllable(p.syllable, 'traditional');
      const q = parseSyllable(trad)!;
      expect(q.problems, trad).toEqual([]);
      expect(q.syllable, trad).toEqual(p.syllable);
      expect(syllableKey(trad)).toBe(syllableKey(w));
      expect(composeSyllable(q.syllable, 'modern')).toBe(w);
      if (trad !== w) {
        differing++;
        expect(hasStyleVariants(p.syllable), w).toBe(true);
        expect(p.styles).toEqual(['modern']);
        expect(q.styles).toEqual(['traditional']);
      }
    }
    // oa, oe, uy without a final: hoà/hòa, khoẻ/khỏe, thuỷ/thủy…
    expect(differing).toBeGreaterThan(50);
  });
});

describe('parts', () => {
  const parts = (w: string) => {
    const s = parseSyllable(w)!.syllable;
    return [s.onset, s.glide, s.nucleus, s.coda, s.tone];
  };
  it('splits onset, glide, nucleus, coda and tone', () => {
    expect(parts('nghiêng')).toEqual(['ngh', '', 'iê', 'ng', 0]);
    expect(parts('thoại')).toEqual(['th', 'o', 'a', 'i', 5]);
    expect(parts('khuỷu')).toEqual(['kh', 'u', 'y', 'u', 3]);
    expect(parts('người')).toEqual(['ng', '', 'ươ', 'i', 2]);
    expect(parts('mưa')).toEqual(['m', '', 'ưa', '', 0]);
    expect(parts('quốc')).toEqual(['qu', '', 'ô', 'c', 1]);
    expect(parts('gì')).toEqual(['gi', '', 'i', '', 2]);
    expect(parts('giếng')).toEqual(['gi', '', 'iê', 'ng', 1]);
    expect(parts('yêu')).toEqual(['', '', 'yê', 'u', 0]);
    expect(parts('xoong')).toEqual(['x', '', 'oo', 'ng', 0]);
    expect(parts('đường')).toEqual(['đ', '', 'ươ', 'ng', 2]);
  });

  it('does not give a syllable shape to abbreviations and foreign words', () => {
    for (const w of ['UBND', 'HĐND', 'MTTQ', 'DTTS', 'VHTT', 'XIII', 'Covid', 'Email', 'Comment', 'online', 'jpg', 'ww']) {
      expect(isValidSyllable(w), w).toBe(false);
    }
  });
});

describe('spelling constraints', () => {
  it('c/k, g/gh, ng/ngh follow the vowel', () => {
    for (const w of ['kế', 'kia', 'cả', 'ghế', 'gà', 'nghĩ', 'ngà', 'quà', 'gìn']) expect(isValidSyllable(w), w).toBe(true);
    for (const w of ['cế', 'ka', 'gế', 'ghà', 'ngĩ', 'nghà', 'cuân']) {
      expect(parseSyllable(w)!.problems, w).toContain(w === 'cuân' ? 'glide' : 'onset-spelling');
    }
  });

  it('stop finals take only sắc or nặng', () => {
    expect(parseSyllable('trât')!.problems).toEqual(['stop-tone']);
    expect(parseSyllable('tràt')!.problems).toEqual(['stop-tone']);
    expect(parseSyllable('trật')!.problems).toEqual([]);
    expect(parseSyllable('thích')!.problems).toEqual([]);
    expect(parseSyllable('thỉch')!.problems).toEqual(['stop-tone']);
  });

  it('knows where the tone goes, accepting both placement styles', () => {
    expect(parseSyllable('thọai')!.problems).toEqual(['tone-position']);
    expect(parseSyllable('gịa')!.problems).toEqual(['tone-position']);
    expect(parseSyllable('tìên')!.problems).toEqual(['tone-position']);
    for (const w of ['hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'hóa', 'hoá', 'họa', 'hoạ']) expect(parseSyllable(w)!.problems, w).toEqual([]);
    expect(parseSyllable('hòa')!.styles).toEqual(['traditional']);
    expect(parseSyllable('hoà')!.styles).toEqual(['modern']);
    expect(parseSyllable('hoàn')!.styles).toEqual(['traditional', 'modern']);
    expect(parseSyllable('quý')!.styles).toEqual(['traditional', 'modern']);
    expect(isValidSyllable('hoàn')).toBe(true);
    expect(isValidSyllable('hòan')).toBe(false);
  });
});

describe('keys, composition and case', () => {
  it('gives both styles one key', () => {
    expect(syllableKey('hoà')).toBe(syllableKey('hòa'));
    expect(syllableKey('THUỶ')).toBe(syllableKey('thủy'));
    expect(syllableKey('thọai')).toBe('thoại');
    expect(syllableKey('Covid')).toBeUndefined();
  });

  it('composes in a chosen style, keeping case', () => {
    const s = parseSyllable('KHOẺ')!;
    expect(s.casing).toBe('upper');
    expect(composeCased(s.syllable, 'traditional', s.casing)).toBe('KHỎE');
    const c = parseSyllable('Chú')!;
    expect(composeCased({ ...c.syllable, tone: 3 }, 'traditional', c.casing)).toBe('Chủ');
    expect(applyCasing('việt', 'mixed', 'vIet')).toBe('vIệt');
  });

  it('works on decomposed (NFD) input', () => {
    expect(syllableKey('thoại'.normalize('NFD'))).toBe('thoại');
    expect(isValidSyllable('Hoằng'.normalize('NFD'))).toBe(true);
  });

  it('lists the syllables one diacritic edit away', () => {
    const n = (w: string) => diacriticNeighbours(w).map((s) => composeSyllable(s));
    expect(n('phán')).toContain('phản');
    expect(n('vân')).toContain('vận');
    expect(n('mặc')).toContain('mắc');
    expect(n('củng')).toContain('cũng');
    expect(n('dan')).toEqual(expect.arrayContaining(['đan', 'dân', 'dàn']));
    expect(n('nguoi')).toContain('ngươi');
    expect(n('trât')).toEqual(expect.arrayContaining(['trật', 'trất']));
    expect(n('phán')).not.toContain('phán');
    expect(n('thọai')).toContain('thoại');
    expect(n('nguời')).toContain('người');
  });

  it('tells Vietnamese diacritics from plain letters', () => {
    expect(hasVietnameseDiacritic('đi')).toBe(true);
    expect(hasVietnameseDiacritic('HĐND')).toBe(true);
    expect(hasVietnameseDiacritic('ăn')).toBe(true);
    expect(hasVietnameseDiacritic('Covid')).toBe(false);
    expect(hasVietnameseDiacritic('café')).toBe(true);
  });
});
