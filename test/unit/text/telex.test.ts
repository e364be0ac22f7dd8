import { describe, expect, it } from 'vitest';
import { decodeTelex, decodeVni } from '../../../server/src/analysis/text/telex';

describe('Telex decoding', () => {
  it('decodes words typed with the input method off', () => {
    expect(decodeTelex('vieetj')).toEqual({ text: 'việt', strength: 'strong' });
    expect(decodeTelex('ddoongf')).toEqual({ text: 'đồng', strength: 'strong' });
    expect(decodeTelex('nguwowif')).toEqual({ text: 'người', strength: 'strong' });
    expect(decodeTelex('nguoiwf')?.text).toBe('người');
    expect(decodeTelex('hoaf')?.text).toBe('hòa');
    expect(decodeTelex('awn')?.text).toBe('ăn');
    expect(decodeTelex('Tieengs')?.text).toBe('tiếng');
    expect(decodeTelex('chis')).toEqual({ text: 'chí', strength: 'weak' });
  });

  it('leaves alone words that are not Telex spellings of a syllable', () => {
    for (const w of ['Email', 'Comment', 'online', 'tour', 'hot', 'Covid', 'website', 'Google', 'xin']) expect(decodeTelex(w), w).toBeUndefined();
  });
});

describe('VNI decoding', () => {
  it('decodes digits as marks', () => {
    expect(decodeVni('vie65t')?.text).toBe('việt');
    expect(decodeVni('a9n')).toBeUndefined(); // 9 makes đ out of a d only
    expect(decodeVni('d9o6ng2')?.text).toBe('đồng');
    expect(decodeVni('nguo72i')?.text).toBe('người');
    expect(decodeVni('a8n')?.text).toBe('ăn');
  });

  it('leaves alone codes, sizes and numbers with letters', () => {
    for (const w of ['Covid19', 'F0', 'A4', 'U23', 'mp3', 'h5n1', 'B52', 'G20']) expect(decodeVni(w), w).toBeUndefined();
  });
});
