import type { Finding, Rule } from '../../types';
import { documentStyle, HINT, spellingDoc } from './context';
import { fixesFor, quote, surfaceOf } from './candidates';

// The tone mark on the wrong vowel: `thọai` for `thoại`, `hòan` for `hoàn`, `gìa` for `già`.
// Both accepted placements of oa, oe, uy without a final (hòa/hoà, thủy/thuỷ) are correct here;
// mixing them in one document is style/tone-style's business.

export const tonePlacement: Rule = {
  id: 'spelling/tone-placement',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: {
    en: 'A tone mark placed on the wrong vowel of the syllable.',
    vi: 'Dấu thanh đặt sai nguyên âm trong âm tiết.',
  },
  fixes: 'Moves the tone mark to its vowel (in the document’s placement style where the styles differ).',
  examples: {
    flagged: [
      { text: 'Hai bên tiếp tục đối thọai về thương mại.', flagged: ['thọai'], fixed: 'Hai bên tiếp tục đối thoại về thương mại.' },
      { text: 'Công trình đã hòan thành đúng hạn.', flagged: ['hòan'], fixed: 'Công trình đã hoàn thành đúng hạn.' },
      { text: 'Ông bà gìa vẫn khỏe mạnh.', flagged: ['gìa'], fixed: 'Ông bà già vẫn khỏe mạnh.' },
      { text: 'THÔNG BÁO KẾT QỦA TUYỂN SINH', flagged: ['QỦA'], fixed: 'THÔNG BÁO KẾT QUẢ TUYỂN SINH' },
    ],
    accepted: [
      { text: 'Hòa bình, thủy lợi và sức khỏe.' },
      { text: 'Hoà bình, thuỷ lợi và sức khoẻ.' },
      { text: 'Tai họa và tai hoạ đều đúng cách viết.' },
      { text: 'Ủy ban nhân dân huyện Hoằng Hóa; Quý khách.' },
    ],
  },
  check(doc, ctx) {
    const sd = spellingDoc(doc, ctx);
    const style = documentStyle(sd, ctx);
    const out: Finding[] = [];
    const { slots, hints } = sd;
    for (let i = 0; i < slots.length; i++) {
      if (!(hints[i] & HINT.tonePositionOnly)) continue;
      const s = slots[i];
      const p = s.parsed!;
      if (ctx.acceptedWords.has(s.lower)) continue;
      const text = surfaceOf(s, p.syllable, style);
      out.push({
        ruleId: this.id,
        category: this.category,
        severity: this.defaultSeverity,
        start: s.token.start,
        end: s.token.end,
        confidence: 0.98,
        message: {
          en: `Tone mark on the wrong vowel: ${quote(s.token.nfc)} is written ${quote(text)}.`,
          vi: `Đặt dấu thanh sai vị trí: ${quote(s.token.nfc)} viết đúng là ${quote(text)}.`,
        },
        fixes: fixesFor(s, [text], 'high'),
      });
    }
    return out;
  },
};
