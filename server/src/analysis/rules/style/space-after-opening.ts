import type { Finding, Rule } from '../../types';
import { removeSpaceFix, ruleFields } from '../finding';

// A space right after an opening bracket or quotation mark: `( tăng 15%)`, `“ Chúng tôi…”`. The
// mark attaches to the word after it. A mark that ends its line, marks standing alone between
// spaces (`( )` in a form, ` ( ` as a separator) and straight quotes (the same mark opens and
// closes) are left alone.

// An opening mark and the spaces after it, searched over the whole text; what must stand before
// and after is tested by hand at each (the lookbehind regex per line was slower). The mark comes
// after a line start, a space or another opening mark (a line start is the text's start or a line
// break, itself a space); the spaces end at a word, a digit or a further opening mark.
const MARK_SPACES = /[([{“‘«][ \u00a0]+/g;
const BEFORE = /[\s([{“‘«]/;
const AFTER = /[\p{L}\p{N}“‘«(\[]/uy;

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
    const text = doc.text;
    MARK_SPACES.lastIndex = 0;
    while (MARK_SPACES.test(text)) {
      const end = MARK_SPACES.lastIndex;
      // the match's start: back over the spaces to the mark
      let start = end;
      while (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0xa0) start--;
      const markAt = start - 1;
      if (markAt > 0 && !BEFORE.test(text[markAt - 1])) continue;
      AFTER.lastIndex = end;
      if (!AFTER.test(text)) continue;
      const mark = text[markAt];
      out.push({
        ...ruleFields(this),
        start,
        end,
        message: { en: `Space after “${mark}”.`, vi: `Dấu cách thừa sau “${mark}”.` },
        fixes: [removeSpaceFix(start, end)],
      });
    }
    return out;
  },
};
