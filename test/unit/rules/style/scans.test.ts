// The style rules that scan the text by hand (in place of lookbehind regexes) or find candidate
// tokens by offset: the edges those scans must get right, beyond the rules' own examples. The
// expected ranges are what the regex versions found.
import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze, resolveSettings } from '../../../../server/src/analysis';

function ranges(ruleId: string, text: string): Array<[number, number]> {
  const rule = ALL_RULES.find((r) => r.id === ruleId)!;
  const { settings } = resolveSettings({});
  return analyze(text, settings, { rules: [rule] })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => [f.start, f.end]);
}

describe('style rules scanning the whole text', () => {
  it('double-space: runs between words only, line edges and other whitespace neighbours left alone', () => {
    // a tab before the run, runs at a line's start and end (CRLF), non-breaking spaces in the run
    expect(ranges('style/double-space', 'Hội  nghị\r\n  tổng  \r\nkết\t  công\u00a0\u00a0tác \u00a0 dân  ')).toEqual([[3, 5], [31, 33], [36, 39]]);
    // an emoji is a word character on its side; an ideographic space is whitespace
    expect(ranges('style/double-space', '😀  x  \u3000  y')).toEqual([[2, 4]]);
  });

  it('space-before-punctuation: ellipses, `.../.`, `.5`, digit separators and line starts left alone', () => {
    const text = 'a , b ; c\r\n , d\ta\t, e x ... f .../. 14 : 30 g ;h i\u00a0\u00a0! k .5 m )';
    expect(ranges('style/space-before-punctuation', text)).toEqual([[1, 2], [5, 6], [45, 46], [50, 52], [60, 61]]);
  });

  it('space-after-opening: after a line start (also past CRLF), a space or another opening mark', () => {
    expect(ranges('style/space-after-opening', '( x\r\n( y a( z (( w “ ” [\u00a02]')).toEqual([[1, 2], [6, 7], [16, 17], [24, 25]]);
  });

  it('unbalanced-pairs: each line on its own', () => {
    expect(ranges('style/unbalanced-pairs', 'Phong trào “Xanh (a) b)\r\n"c" "d\n1) e :) f) ]')).toEqual([[11, 12], [29, 30], [43, 44]]);
  });
});

describe('style rules finding candidate tokens by offset', () => {
  it('space-after-punctuation: numbers, abbreviations and letters outside the BMP', () => {
    expect(ranges('style/space-after-punctuation', 'năm 2019.Sau đó,“Chúng tôi” 2.500 TP.HCM x.𝐀bc a,b Ok.Được')).toEqual([[8, 10], [15, 17]]);
  });

  it('list-colon: a semicolon inside a URL is no token of its own', () => {
    expect(ranges('style/list-colon', 'Xem https://a.vn/x;y=1 có; ông Trần Văn A, Bí thư.')).toEqual([[25, 26]]);
  });
});
