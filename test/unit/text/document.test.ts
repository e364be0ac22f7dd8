import { describe, expect, it } from 'vitest';
import { ArticleText, formAt, formOf, splitLines, tokenize, toNfc } from '../../../server/src/analysis/text/document';
import { detectVietnamese } from '../../../server/src/analysis/text/detect';

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('toNfc', () => {
  it('agrees with String.normalize on every character it skips, alone and in pairs', () => {
    const skipped: string[] = [];
    for (let c = 0; c < 0x300; c++) skipped.push(String.fromCharCode(c));
    for (let c = 0x1e00; c < 0x1f00; c++) skipped.push(String.fromCharCode(c));
    for (const a of skipped) {
      expect(toNfc(a)).toBe(a.normalize('NFC'));
      for (const b of skipped.filter((_, i) => i % 7 === 0)) expect(toNfc(a + b)).toBe((a + b).normalize('NFC'));
    }
  });

  it('composes decomposed text and leaves composed text alone', () => {
    expect(toNfc('Thu\u031b\u0300a Thiên')).toBe('Thừa Thiên');
    expect(toNfc('\u212b')).toBe('\u00c5'); // a singleton outside the skipped ranges
    const s = 'Đắk Lắk ủy ban';
    expect(toNfc(s)).toBe(s);
  });
});

describe('tokenize', () => {
  it('separates words, numbers, punctuation, with UTF-16 offsets', () => {
    const text = 'Ngày 1/12, Ban Dân vận họp.';
    const toks = tokenize(text);
    expect(toks.map((t) => `${t.kind}:${t.text}`)).toEqual(['word:Ngày', 'number:1/12', 'punct:,', 'word:Ban', 'word:Dân', 'word:vận', 'word:họp', 'punct:.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps numbers, times, dates and codes whole', () => {
    expect(kinds('2.500 tỷ lúc 14:54:14 ngày 31/12/2020, 18-2-2020')).toEqual([
      'number:2.500', 'word:tỷ', 'word:lúc', 'number:14:54:14', 'word:ngày', 'number:31/12/2020', 'punct:,', 'number:18-2-2020',
    ]);
  });

  it('splits a sentence glued after a number', () => {
    expect(kinds('năm 2021.Tham dự')).toEqual(['word:năm', 'number:2021', 'punct:.', 'word:Tham', 'word:dự']);
  });

  it('reads a letter outside the BMP as part of a word, and an emoji as one symbol', () => {
    expect(kinds('𝐀bc 😀x')).toEqual(['word:𝐀bc', 'punct:😀', 'word:x']);
  });

  it('does not take a word before a dot or hyphen for a domain unless a domain ending follows', () => {
    expect(kinds('Covid-19 a-b.c hòa.vn e-mail')).toEqual([
      'word:Covid', 'punct:-', 'number:19', 'word:a', 'punct:-', 'word:b', 'punct:.', 'word:c', 'url:hòa.vn', 'word:e', 'punct:-', 'word:mail',
    ]);
    // decomposed text: the domain pattern still runs
    expect(kinds('ho\u0300a.vn')).toEqual(['word:ho\u0300a', 'punct:.', 'word:vn']);
  });

  it('gives every token its NFC form, also from decomposed text', () => {
    const [t] = tokenize('Hoa\u0300');
    expect(t.text).toBe('Hoa\u0300');
    expect(t.nfc).toBe('Hoà');
  });

  it('recognises URLs, e-mail addresses and domains', () => {
    expect(kinds('Nguồn: Baotinhnha.vn, https://a.vn/x?y=1. Thư: toa.soan@bao.vn')).toEqual([
      'word:Nguồn', 'punct::', 'url:Baotinhnha.vn', 'punct:,', 'url:https://a.vn/x?y=1', 'punct:.', 'word:Thư', 'punct::', 'url:toa.soan@bao.vn',
    ]);
  });

  it('marks letters mixed with digits as alnum', () => {
    expect(kinds('Covid-19 và F0, vie65t')).toEqual(['word:Covid', 'punct:-', 'number:19', 'word:và', 'alnum:F0', 'punct:,', 'alnum:vie65t']);
  });

  it('keeps decomposed (NFD) syllables whole and gives their NFC form', () => {
    const nfd = 'Hội nghị'.normalize('NFD');
    const toks = tokenize(nfd);
    expect(toks).toHaveLength(2);
    expect(toks.map((t) => t.nfc)).toEqual(['Hội', 'nghị']);
    expect(toks[1].end).toBe(nfd.length);
  });

  it('tells a sentence end from an address after a dot', () => {
    expect(kinds('xong. Xem bao.vn, a.b@c.vn. Hết.')).toEqual([
      'word:xong', 'punct:.', 'word:Xem', 'url:bao.vn', 'punct:,', 'url:a.b@c.vn', 'punct:.', 'word:Hết', 'punct:.',
    ]);
    expect(kinds('x.@y.vn z._a')).toEqual(['url:x.@y.vn', 'word:z', 'punct:.', 'punct:_', 'word:a']);
  });

  it('treats an emoji as one token of two code units and skips BOM and NBSP', () => {
    const toks = tokenize('\uFEFFvui 😀\u00a0quá');
    expect(toks.map((t) => [t.kind, t.start, t.end])).toEqual([['word', 1, 4], ['punct', 5, 7], ['word', 8, 11]]);
  });
});

describe('lines', () => {
  it('splits on \\n, \\r\\n and \\r like LSP', () => {
    expect(splitLines('a\nb\r\nc\rd').map((l) => [l.text, l.start, l.end])).toEqual([['a', 0, 1], ['b', 2, 3], ['c', 5, 6], ['d', 7, 8]]);
    expect(splitLines('')).toHaveLength(1);
    expect(splitLines('x\n').map((l) => l.text)).toEqual(['x', '']);
    expect(splitLines('\r\r\n\n\r').map((l) => [l.start, l.end])).toEqual([[0, 0], [1, 1], [3, 3], [4, 4], [5, 5]]);
  });

  it('finds the line of an offset and the tokens of a range', () => {
    const doc = new ArticleText('một\r\nhai ba\nbốn');
    expect(doc.lineAt(0).index).toBe(0);
    expect(doc.lineAt(5).index).toBe(1);
    expect(doc.lineAt(doc.text.length).index).toBe(2);
    expect(doc.tokensIn(5, 11).map((t) => t.text)).toEqual(['hai', 'ba']);
  });
});

describe('detectVietnamese', () => {
  it('recognises Vietnamese prose, NFC or NFD', () => {
    const vi = 'Chiều 25/12, Ban Tuyên giáo tỉnh đã tổ chức hội nghị tổng kết công tác năm 2024.';
    expect(detectVietnamese(vi).vietnamese).toBe(true);
    expect(detectVietnamese(vi.normalize('NFD')).vietnamese).toBe(true);
  });

  it('leaves English, French, code and tiny texts alone', () => {
    expect(detectVietnamese('The quick brown fox jumps over the lazy dog, again and again.').vietnamese).toBe(false);
    expect(detectVietnamese("L'élève a été très appliqué à l'école pendant toute l'année scolaire.").vietnamese).toBe(false);
    expect(detectVietnamese('const x = require("fs"); function main() { return 42; }').vietnamese).toBe(false);
    expect(detectVietnamese('Hà Nội').vietnamese).toBe(false);
  });
});

describe('token forms', () => {
  it('gives every token written the same way, of the same kind, one shared form', () => {
    const toks = tokenize('Hòa bình, hòa bình và Hòa 2020 2020 hòa');
    const hoa = toks.filter((t) => t.text === 'hòa');
    expect(hoa).toHaveLength(2);
    expect(new Set(hoa.map((t) => t.form)).size).toBe(1);
    expect(toks.find((t) => t.text === 'Hòa')!.form).not.toBe(hoa[0].form);
    const years = toks.filter((t) => t.kind === 'number');
    expect(years[0].form).toBe(years[1].form);
    // the same text as another kind is another form
    expect(formOf('alnum', '2020')).not.toBe(years[0].form);
    expect(formOf('number', '2020')).toBe(years[0].form);
  });

  it('finds the same form from the tokenizer (which hashes as it scans) as from formOf', () => {
    for (const [kind, text] of [['number', '31/12/2020'], ['word', '𝐀bc'], ['word', 'ho\u0300a'], ['alnum', 'F0'], ['punct', '😀'], ['url', 'bao.vn']] as const) {
      expect(tokenize(` ${text} `)[0].form).toBe(formOf(kind, text));
    }
  });

  it('finds a form from the text it stands in, and keeps the NFC of decomposed text', () => {
    const text = 'xin chào  Việt';
    expect(formAt('word', text, 4, 8)).toBe(formOf('word', 'chào'));
    const nfd = 'Vie\u0323\u0302t';
    const f = formOf('word', nfd);
    expect(f.text).toBe(nfd);
    expect(f.nfc).toBe('Việt');
    expect(f).not.toBe(formOf('word', 'Việt'));
  });

  it('keeps forms apart through growth of the table (hash collisions compared by text)', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    const first = words.map((w) => formOf('word', w));
    words.forEach((w, i) => {
      const again = formOf('word', w);
      expect(again).toBe(first[i]);
      expect(again.text).toBe(w);
    });
  });

  it('starts the table again past its limit, tokens already made keeping their forms', () => {
    const kept = tokenize('giữ nguyên hình thức');
    for (let i = 0; i < 110_000; i++) formOf('alnum', `x${i}`);
    expect(kept.map((t) => t.text)).toEqual(['giữ', 'nguyên', 'hình', 'thức']);
    const again = formOf('word', 'giữ');
    expect(formOf('word', 'giữ')).toBe(again);
    expect(again.nfc).toBe('giữ');
  });
});
