// The compiled lexicon asset (server/out/lexicon.bin, built by the vitest globalSetup).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Lexicon, LexiconError, lexiconCandidates, loadLexicon, PAIR_WORD, SYL_WORD } from '../../../server/src/analysis/lexicon/lexicon';
import { lexKey } from '../../../server/src/analysis/lexicon/keys';

describe('lexicon asset', () => {
  const lex = loadLexicon();

  // how fast it loads is measured by `npm run bench` (lexicon load), not asserted here
  it('loads again from the same bytes into the same lexicon', () => {
    const fresh = new Lexicon(readFileSync(lex.path), lex.path);
    expect(fresh.syllableCount).toBe(lex.syllableCount);
    for (const id of [0, 1, lex.syllableCount >> 1, lex.syllableCount - 1]) {
      expect(fresh.key(id)).toBe(lex.key(id));
      expect(fresh.count(id)).toBe(lex.count(id));
      expect(fresh.id(lex.key(id))).toBe(id);
    }
  });

  it('has a corpus count for both pairs of every stored triple (the spelling model looks triples up only then)', () => {
    const raw = lex as unknown as { tk: Float64Array };
    let checked = 0;
    for (let i = 0; i < raw.tk.length; i++) {
      const k = raw.tk[i];
      const a = Math.floor(k / 4294967296);
      const b = Math.floor(k / 65536) % 65536;
      const c = k % 65536;
      if (lex.pairCount(a, b) === 0 || lex.pairCount(b, c) === 0) throw new Error(`triple ${lex.key(a)} ${lex.key(b)} ${lex.key(c)} has a pair the corpus never counted`);
      checked++;
    }
    expect(checked).toBeGreaterThan(100_000);
  });

  it('finds every stored pair and triple through the first-syllable index, and nothing else', () => {
    // the sorted key arrays as stored, read the slow way: a linear scan's answer is the reference
    const raw = lex as unknown as { bk: Uint32Array; bc: Uint16Array; tk: Float64Array; tc: Uint16Array };
    for (let i = 0; i < raw.bk.length; i += 97) {
      const a = raw.bk[i] >>> 16;
      const b = raw.bk[i] & 0xffff;
      expect(lex.pairCount(a, b)).toBe(raw.bc[i]);
      // a neighbouring key that is not stored
      if (raw.bk[i + 1] !== raw.bk[i] + 1 && b + 1 < 65536) expect(lex.pairCount(a, b + 1)).toBe(0);
    }
    for (let i = 0; i < raw.tk.length; i += 101) {
      const k = raw.tk[i];
      const a = Math.floor(k / 4294967296);
      const b = Math.floor(k / 65536) % 65536;
      const c = k % 65536;
      expect(lex.tripleCount(a, b, c)).toBe(raw.tc[i]);
      if (raw.tk[i + 1] !== k + 1) expect(lex.tripleCount(a, b, c + 1)).toBe(0);
    }
    // first and last syllables, and ids out of range
    expect(lex.pairCount(raw.bk[0] >>> 16, raw.bk[0] & 0xffff)).toBe(raw.bc[0]);
    const last = raw.bk.length - 1;
    expect(lex.pairCount(raw.bk[last] >>> 16, raw.bk[last] & 0xffff)).toBe(raw.bc[last]);
    expect(lex.pairCount(lex.syllableCount, 0)).toBe(0);
    expect(lex.tripleCount(lex.syllableCount + 5, 0, 0)).toBe(0);
    expect(lex.pairCount(-1, 3)).toBe(0);
  });

  it('holds the syllables, words and counts of the MIT dictionary', () => {
    expect(lex.syllableCount).toBeGreaterThan(6000);
    expect(lex.corpusWords).toBeGreaterThan(500_000);
    const id = (w: string) => lex.id(lexKey(w)!);
    expect(lex.syllableFlags(id('cũng')) & SYL_WORD).toBeTruthy();
    expect(lex.pairFlags(id('phản'), id('ánh')) & PAIR_WORD).toBeTruthy();
    expect(lex.pairFlags(id('chủ'), id('tịch')) & PAIR_WORD).toBeTruthy();
    expect(lex.pairCount(id('chính'), id('trị'))).toBeGreaterThan(50);
    expect(lex.pairCount(id('phán'), id('ánh'))).toBe(0);
    expect(lex.count(id('cũng'))).toBeGreaterThan(lex.count(id('củng')));
    expect(lex.freeCount(id('củng'))).toBeLessThan(lex.count(id('củng')));
  });

  it('keys both tone styles and both i/y spellings the same', () => {
    expect(lexKey('hoà')).toBe(lexKey('hòa'));
    expect(lexKey('THUỶ')).toBe(lexKey('thủy'));
    expect(lexKey('lý')).toBe(lexKey('lí'));
    expect(lexKey('quý')).toBe(lexKey('quí'));
    expect(lexKey('Covid')).toBeUndefined();
    expect(lex.id(lexKey('hoà')!)).toBeGreaterThanOrEqual(0);
  });

  it('knows the foreign words the dictionary itself uses', () => {
    expect(lex.syllableCount).toBeGreaterThan(0);
    expect(lex.isForeignWord('covid')).toBe(false);
    expect(typeof lex.isForeignWord('internet')).toBe('boolean');
  });

  it('looks for the asset next to the bundle, in the repository and where VIETPROOF_LEXICON says', () => {
    const old = process.env.VIETPROOF_LEXICON;
    process.env.VIETPROOF_LEXICON = '/somewhere/else/lexicon.bin';
    try {
      const c = lexiconCandidates();
      expect(c[0]).toBe('/somewhere/else/lexicon.bin');
      expect(c.some((p) => p.endsWith('server/out/lexicon.bin'))).toBe(true);
    } finally {
      if (old === undefined) delete process.env.VIETPROOF_LEXICON;
      else process.env.VIETPROOF_LEXICON = old;
    }
  });

  it('rejects a file that is not a lexicon with a clear error', () => {
    expect(() => new Lexicon(Buffer.from('not a lexicon at all'))).toThrow(LexiconError);
    expect(() => new Lexicon(Buffer.from('not a lexicon at all'))).toThrow(/not a VietProof lexicon/);
  });
});

describe('without the lexicon asset', () => {
  it('reports a clear notice instead of crashing, and the other rules still run', async () => {
    const { setLexicon, loadLexicon: load } = await import('../../../server/src/analysis/lexicon/lexicon');
    const { analyze, DEFAULT_SETTINGS } = await import('../../../server/src/analysis');
    const real = load();
    const old = process.env.VIETPROOF_LEXICON;
    try {
      // the user points VIETPROOF_LEXICON at a file that is not there
      setLexicon(undefined);
      process.env.VIETPROOF_LEXICON = '/nonexistent/lexicon.bin';
      const r = analyze('Đối thọai với nhân dân, gây phiên hà cho dân.', DEFAULT_SETTINGS);
      expect(r.findings.some((f) => f.ruleId === 'spelling/tone-placement')).toBe(true);
      expect(r.notices.map((n) => n.en).join('\n')).toMatch(/VIETPROOF_LEXICON points to .*nonexistent/);
    } finally {
      if (old === undefined) delete process.env.VIETPROOF_LEXICON;
      else process.env.VIETPROOF_LEXICON = old;
      setLexicon(real);
    }
  });
});
