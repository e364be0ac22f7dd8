import type { Rule } from '../../types';
import { spanFinding, spansOf } from './shared';

// Whitespace residue from HTML: lines that hold only spaces or non-breaking spaces, and runs of
// non-breaking spaces after the end of a line's content (only the run is flagged, never the content).
export const whitespaceResidue: Rule = {
  id: 'boilerplate/whitespace',
  category: 'boilerplate',
  defaultSeverity: 'hint',
  description: {
    en: 'Whitespace residue: a line of only (non-breaking) spaces, or a run of non-breaking spaces at the end of a line.',
    vi: 'Khoảng trắng thừa: dòng chỉ có dấu cách (cứng), hoặc chuỗi dấu cách cứng ở cuối dòng.',
  },
  fixes: 'Deletes the whitespace (the line itself stays).',
  examples: {
    flagged: [
      { text: 'Dòng thứ nhất kết thúc ở đây.\u00a0\u00a0\u00a0\nDòng thứ hai.', flagged: ['\u00a0\u00a0\u00a0'], fixed: 'Dòng thứ nhất kết thúc ở đây.\nDòng thứ hai.' },
      { text: 'Đoạn một.\n\u00a0\u00a0\nĐoạn hai.', flagged: ['\u00a0\u00a0'], fixed: 'Đoạn một.\n\nĐoạn hai.' },
    ],
    accepted: [
      { text: 'Một dấu cách cuối dòng. \nDòng sau.', note: 'a single trailing space is harmless' },
      { text: 'Giữa\u00a0hai từ là dấu cách cứng.', note: 'a non-breaking space between words is not residue' },
    ],
  },
  check(doc, ctx) {
    return spansOf(doc, ctx, 'whitespace').map((s) =>
      spanFinding(
        this,
        s,
        s.what === 'space-only-line'
          ? { en: 'Line holding only whitespace.', vi: 'Dòng chỉ chứa khoảng trắng.' }
          : { en: 'Non-breaking spaces at the end of the line.', vi: 'Dấu cách cứng thừa ở cuối dòng.' },
        { en: 'Delete the whitespace', vi: 'Xóa khoảng trắng thừa' },
      ),
    );
  },
};
