import type { Rule } from '../../types';
import { spanFinding, spansOf } from './shared';

// Whitespace residue from HTML: lines that hold only spaces or non-breaking spaces. (A run of them
// after a line's content is formatting of a content line: style/trailing-whitespace.)
export const whitespaceResidue: Rule = {
  id: 'boilerplate/whitespace',
  category: 'boilerplate',
  defaultSeverity: 'hint',
  description: {
    en: 'Whitespace residue: a line holding only (non-breaking) spaces.',
    vi: 'Khoảng trắng thừa: dòng chỉ có dấu cách (cứng).',
  },
  fixes: 'Deletes the whitespace (the line itself stays).',
  examples: {
    flagged: [
      { text: 'Đoạn một.\n\u00a0\u00a0\nĐoạn hai.', flagged: ['\u00a0\u00a0'], fixed: 'Đoạn một.\n\nĐoạn hai.' },
    ],
    accepted: [
      { text: 'Một dấu cách cuối dòng. \nDòng sau.', note: 'a single trailing space is harmless' },
      { text: 'Giữa\u00a0hai từ là dấu cách cứng.', note: 'a non-breaking space between words is not residue' },
      { text: 'Dòng có nội dung.\u00a0\u00a0\u00a0\nDòng sau.', note: 'spaces after content: style/trailing-whitespace' },
    ],
  },
  check(doc, ctx) {
    return spansOf(doc, ctx, 'whitespace')
      .filter((s) => s.what === 'space-only-line')
      .map((s) => spanFinding(this, s, { en: 'Line holding only whitespace.', vi: 'Dòng chỉ chứa khoảng trắng.' }, { en: 'Delete the whitespace', vi: 'Xóa khoảng trắng thừa' }));
  },
};
