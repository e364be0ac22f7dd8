// Letters outside the BMP (Tangut, Anatolian hieroglyphs, mathematical letters) are words of two
// UTF-16 units: no finding may start or end between the two.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/analysis';

const insidePair = (text: string, at: number) => at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at]);

describe('findings around characters outside the BMP', () => {
  it('a missing space before such a letter is flagged with the whole letter in range', () => {
    const text = 'Đồng chí Phương Thị Thanh,𔐍 Phó Bí thư Tỉnh ủy, phát biểu tại hội nghị.';
    const f = analyze(text).findings.find((x) => x.ruleId === 'style/space-after-punctuation');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(',𔐍');
  });

  it('no finding starts or ends inside a surrogate pair', () => {
    const text = 'Tin mới.𝐀bc và 😀, ông Bùi Văn Cường,𘧠 Bí thư Tỉnh ủy.\n\n𝐀 “trích dẫn chưa đóng.';
    for (const f of analyze(text).findings) {
      expect(insidePair(text, f.start), `${f.ruleId} start`).toBe(false);
      expect(insidePair(text, f.end), `${f.ruleId} end`).toBe(false);
    }
  });
});
