import type { Finding, Rule } from '../../types';
import { removeSpaceFix, ruleFields } from '../finding';

// A space before a comma, full stop, semicolon, colon, question or exclamation mark or a closing
// bracket: `hội nghị , ông`. Leading indentation, ellipses (`và ...`), the end mark `.../.` and
// marks standing alone (` : ` as a separator between two spaces in lists) are left alone.

// A space right before a mark, searched over the whole text; the rest of the run and its
// neighbours are tested by hand. (/(?<=\S)([ \u00a0]+)([,.;:!?)\]»”])(?![.\/\d])/ per line, with
// its lookbehind, made V8 try every position: ten times slower.) Runs never span a line break and
// the characters past a line's edge are the break or nothing, so whole-text tests are line tests.
const SPACE_MARK = /[ \u00a0][,.;:!?)\]»”]/g;
/** One UTF-16 unit of whitespace, as regex \s has it. */
const WHITESPACE = /\s/;

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
    const text = doc.text;
    SPACE_MARK.lastIndex = 0;
    while (SPACE_MARK.test(text)) {
      const markAt = SPACE_MARK.lastIndex - 1;
      const mark = text[markAt];
      // the whole run of spaces before the mark, which must follow something other than whitespace (\S)
      let start = markAt - 1;
      while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0xa0)) start--;
      if (start === 0 || WHITESPACE.test(text[start - 1])) continue;
      // not a continuation of an ellipsis or a number (`.5`), nor the end mark `.../.`
      const after = text.charCodeAt(markAt + 1);
      if (after === 0x2e || after === 0x2f || (after >= 0x30 && after <= 0x39)) continue;
      // ` : ` / ` ; ` with spaces on both sides between digits is a separator, not a typo
      const before = text.charCodeAt(start - 1);
      if ((mark === ':' || mark === ';') && after === 0x20 && before >= 0x30 && before <= 0x39) continue;
      const end = markAt;
      out.push({
        ...ruleFields(this),
        start,
        end,
        message: { en: `Space before “${mark}”.`, vi: `Dấu cách thừa trước “${mark}”.` },
        fixes: [removeSpaceFix(start, end)],
      });
    }
    return out;
  },
};
