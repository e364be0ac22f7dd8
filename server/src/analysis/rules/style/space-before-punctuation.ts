import type { Finding, Rule } from '../../types';
import { removeSpaceFix, ruleFields } from '../finding';

// A space before a comma, full stop, semicolon, colon, question or exclamation mark or a closing
// bracket: `hội nghị , ông`. Leading indentation, ellipses (`và ...`), the end mark `.../.` and
// marks standing alone (` : ` as a separator between two spaces in lists) are left alone.

// the mark, then not a continuation of an ellipsis or a number (`.5`), not another space-mark pair
const RE = /(?<=\S)([ \u00a0]+)([,.;:!?)\]»”])(?![.\/\d])/g;

export const spaceBeforePunctuation: Rule = {
  id: 'style/space-before-punctuation',
  category: 'style',
  defaultSeverity: 'information',
  description: {
    en: 'A space before a punctuation mark that attaches to the word before it.',
    vi: 'Dấu cách thừa trước dấu câu (dấu câu phải viết liền với từ đứng trước).',
  },
  fixes: 'Removes the space.',
  examples: {
    flagged: [
      { text: 'Tham dự hội nghị , có đại diện các sở.', flagged: [' '], fixed: 'Tham dự hội nghị, có đại diện các sở.' },
      { text: 'Bạn đã tiêm đủ liều chưa ?', flagged: [' '], fixed: 'Bạn đã tiêm đủ liều chưa?' },
      { text: 'Kết quả (xem bảng 2 ) rất khả quan.', flagged: [' '], fixed: 'Kết quả (xem bảng 2) rất khả quan.' },
    ],
    accepted: [
      { text: 'Hội nghị, có đại diện các sở.' },
      { text: 'Và còn nhiều nữa ...' },
      { text: 'Thực hiện tốt nhiệm vụ .../.' },
      { text: '  . Dòng bắt đầu bằng khoảng trắng' },
      { text: 'Tỷ lệ tăng .5 điểm' },
      { text: 'Giờ: 14 : 30 - 15 : 00' },
    ],
  },
  check(doc) {
    const out: Finding[] = [];
    for (const line of doc.lines) {
      for (const m of line.text.matchAll(RE)) {
        const mark = m[2];
        const at = m.index!;
        const after = line.text[at + m[0].length];
        // ` : ` / ` ; ` with spaces on both sides between digits is a separator, not a typo
        if ((mark === ':' || mark === ';') && after === ' ' && /\d/.test(line.text[at - 1] ?? '')) continue;
        // a mark standing alone between spaces before a digit or a capital is a label separator
        const start = line.start + at;
        const end = start + m[1].length;
        out.push({
          ...ruleFields(this),
          start,
          end,
          message: { en: `Space before “${mark}”.`, vi: `Dấu cách thừa trước “${mark}”.` },
          fixes: [removeSpaceFix(start, end)],
        });
      }
    }
    return out;
  },
};
