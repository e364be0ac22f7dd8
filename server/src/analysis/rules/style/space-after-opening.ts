import type { Finding, Rule } from '../../types';
import { removeSpaceFix, ruleFields } from '../finding';

// A space right after an opening bracket or quotation mark: `( tăng 15%)`, `“ Chúng tôi…”`. The
// mark attaches to the word after it. A mark that ends its line, marks standing alone between
// spaces (`( )` in a form, ` ( ` as a separator) and straight quotes (the same mark opens and
// closes) are left alone.

// the opening mark after a line start, a space or another opening mark; then spaces; then a word,
// a digit or a further opening mark
const RE = /(?<=^|[\s([{“‘«])([([{“‘«])([ \u00a0]+)(?=[\p{L}\p{N}“‘«(\[])/gu;

export const spaceAfterOpening: Rule = {
  id: 'style/space-after-opening',
  category: 'style',
  defaultSeverity: 'information',
  description: {
    en: 'A space after an opening bracket or quotation mark, which attaches to the word after it.',
    vi: 'Dấu cách thừa sau dấu mở ngoặc hoặc mở ngoặc kép (dấu mở phải viết liền với từ đứng sau).',
  },
  fixes: 'Removes the space.',
  examples: {
    flagged: [
      { text: 'Thiệt hại ước tính 1.250 tỷ đồng ( tăng 15% so với năm 2025).', flagged: [' '], fixed: 'Thiệt hại ước tính 1.250 tỷ đồng (tăng 15% so với năm 2025).' },
      { text: 'Ông nói: “ Chúng tôi sẽ hoàn thành đúng hạn”.', flagged: [' '], fixed: 'Ông nói: “Chúng tôi sẽ hoàn thành đúng hạn”.' },
      { text: 'Xem Phụ lục [ 2] kèm theo.', flagged: [' '], fixed: 'Xem Phụ lục [2] kèm theo.' },
    ],
    accepted: [
      { text: 'Thiệt hại ước tính 1.250 tỷ đồng (tăng 15% so với năm 2025).' },
      { text: 'Họ và tên: ( ) Nam ( ) Nữ' },
      { text: 'Ông nói: " Chúng tôi sẽ cố gắng "' },
      { text: 'Danh sách gồm: (' },
      { text: 'Trả lời: “ ” (để trống nếu không có)' },
    ],
  },
  check(doc) {
    const out: Finding[] = [];
    for (const line of doc.lines) {
      // most lines have no opening mark followed by a space
      if (!/[([{“‘«][ \u00a0]/u.test(line.text)) continue;
      for (const m of line.text.matchAll(RE)) {
        const mark = m[1];
        const start = line.start + m.index! + mark.length;
        const end = start + m[2].length;
        out.push({
          ...ruleFields(this),
          start,
          end,
          message: { en: `Space after “${mark}”.`, vi: `Dấu cách thừa sau “${mark}”.` },
          fixes: [removeSpaceFix(start, end)],
        });
      }
    }
    return out;
  },
};
