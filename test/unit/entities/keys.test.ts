// Comparison keys: tone style, case and normalisation never change a word's key; tones do.
import { describe, expect, it } from 'vitest';
import { defKey, phraseKey, wordKey } from '../../../server/src/analysis/structure/keys';

describe('wordKey', () => {
  it('is the same for both tone styles, any case, NFC or NFD', () => {
    for (const [a, b] of [['hòa', 'hoà'], ['Ủy', 'uỷ'], ['THỦY', 'thuỷ'], ['Khánh Hòa'.split(' ')[1], 'HOÀ']]) {
      expect(wordKey(a)).toBe(wordKey(b));
      expect(wordKey(a.normalize('NFD'))).toBe(wordKey(b));
    }
  });

  it('keeps words that differ by tone or vowel apart', () => {
    expect(wordKey('hòa')).not.toBe(wordKey('hóa'));
    expect(wordKey('hoa')).not.toBe(wordKey('hòa'));
    expect(wordKey('nguyên')).not.toBe(wordKey('Nguyễn'));
    expect(wordKey('ma')).not.toBe(wordKey('mà'));
    expect(wordKey('đa')).not.toBe(wordKey('da'));
  });
});

describe('phraseKey and defKey', () => {
  it('key phrases word by word', () => {
    expect(phraseKey('Phó Chủ tịch UBND tỉnh')).toBe(phraseKey('phó chủ tịch ubnd tỉnh'));
    expect(phraseKey('Tỉnh uỷ')).toBe(phraseKey('tỉnh ủy'));
    expect(phraseKey('TT&DL').split(' ')).toEqual(['tt', '&', 'dl']);
  });

  it('folds the lone i/y spelling for dictionary lookups only', () => {
    expect(defKey('kỹ thuật')).toBe(defKey('kĩ thuật'));
    expect(defKey('Lý  luận')).toBe(defKey('lí luận'));
    expect(defKey('quý giá')).toBe(defKey('quí giá')); // old spelling of the same words
    expect(defKey('quy định')).toBe(defKey('qui định'));
    expect(wordKey('kỹ')).not.toBe(wordKey('kĩ'));
  });
});
