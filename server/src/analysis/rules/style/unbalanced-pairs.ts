import type { Finding, Rule } from '../../types';
import { ruleFields } from '../finding';

// An opening quotation mark or bracket without its closing partner in the same paragraph (or a
// closing one without an opening one): `phong trào “Dân vận khéo và…`. Paragraphs are lines.
// Straight double quotes pair with each other. Apostrophes (H'Mông, Ea H'leo) are not quotes;
// list markers (`a)`, `1)`) and emoticons are not brackets.

const OPEN: Record<string, string> = { '“': '”', '(': ')', '[': ']', '«': '»' };
const CLOSE: Record<string, string> = { '”': '“', ')': '(', ']': '[', '»': '«' };
/** The only characters that matter (a regex search skips the rest much faster than a loop over every character). */
const MARKS = /["()[\]«»“”]/g;

export const unbalancedPairs: Rule = {
  id: 'style/unbalanced-pairs',
  category: 'style',
  defaultSeverity: 'information',
  description: {
    en: 'A quotation mark or bracket without its partner in the same paragraph.',
    vi: 'Dấu ngoặc kép hoặc dấu ngoặc đơn thiếu dấu đóng/mở tương ứng trong cùng đoạn.',
  },
  fixes: 'No automatic fix: where the partner belongs is for the writer to decide.',
  examples: {
    flagged: [
      { text: 'Phong trào “Xanh hóa trường học đã lan rộng.', flagged: ['“'] },
      { text: 'Kết quả khả quan (tăng 12% so với cùng kỳ.', flagged: ['('] },
      { text: 'Ông nói: "Chúng tôi sẽ tiếp tục.', flagged: ['"'] },
      { text: 'Doanh thu tăng mạnh) trong quý ba.', flagged: [')'] },
    ],
    accepted: [
      { text: 'Phong trào “Xanh hóa trường học” đã lan rộng (tăng 12%).' },
      { text: 'Ông nói: "Chúng tôi sẽ tiếp tục."' },
      { text: 'a) Nội dung thứ nhất; b) nội dung thứ hai; 1) mục một.' },
      { text: "Đồng bào H'Mông ở Ea H'leo đón Tết." },
      { text: 'Cảm ơn bạn :) hẹn gặp lại' },
    ],
  },
  check(doc) {
    const out: Finding[] = [];
    const flag = (start: number, mark: string, opening: boolean) =>
      out.push({
        ...ruleFields(this),
        start,
        end: start + 1,
        message: opening
          ? { en: `“${mark}” is never closed in this paragraph.`, vi: `“${mark}” không có dấu đóng trong đoạn này.` }
          : { en: `“${mark}” closes nothing opened in this paragraph.`, vi: `“${mark}” không có dấu mở tương ứng trong đoạn này.` },
        fixes: [],
      });
    for (const line of doc.lines) {
      const text = line.text;
      const stack: Array<{ ch: string; at: number }> = [];
      const straight: number[] = [];
      MARKS.lastIndex = 0;
      while (MARKS.test(text)) {
        const i = MARKS.lastIndex - 1;
        const ch = text[i];
        if (ch === '"') {
          straight.push(i);
          continue;
        }
        if (OPEN[ch]) {
          stack.push({ ch, at: i });
          continue;
        }
        const want = CLOSE[ch];
        if (!want) continue;
        // list markers a) 1) iv) at the start of an item, and :) ;) emoticons
        if (ch === ')') {
          const before = text.slice(Math.max(0, i - 6), i);
          const atItemStart = i <= 4 && /^\s*(\p{L}|\d{1,2}|[ivx]{1,4})$/u.test(before);
          if (atItemStart || /[\s;,(](\p{L}|\d{1,2}|[ivx]{1,4})$/u.test(before) || /[:;]-?$/.test(before)) {
            if (!stack.some((s) => s.ch === '(')) continue;
          }
        }
        let k = stack.length - 1;
        while (k >= 0 && stack[k].ch !== want) k--;
        if (k < 0) flag(line.start + i, ch, false);
        else stack.splice(k, 1);
      }
      for (const s of stack) flag(line.start + s.at, s.ch, true);
      if (straight.length % 2 === 1) flag(line.start + straight[straight.length - 1], '"', true);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
