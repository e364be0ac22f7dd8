import type { Finding, Rule } from '../../types';
import { spansOf } from '../boilerplate/shared';
import { ruleFields } from '../finding';

// A run of (non-breaking) spaces left after the end of a content line. The line is article
// content, so this is formatting, not boilerplate (like markdownlint's no-trailing-spaces);
// lines holding nothing but whitespace are boilerplate/whitespace.
export const trailingWhitespace: Rule = {
  id: 'style/trailing-whitespace',
  category: 'style',
  defaultSeverity: 'hint',
  description: {
    en: 'A run of non-breaking spaces at the end of a line of text.',
    vi: 'Chuỗi dấu cách cứng thừa ở cuối dòng văn bản.',
  },
  fixes: 'Deletes the run; the text of the line stays.',
  examples: {
    flagged: [
      { text: 'Dòng thứ nhất kết thúc ở đây.\u00a0\u00a0\u00a0\nDòng thứ hai.', flagged: ['\u00a0\u00a0\u00a0'], fixed: 'Dòng thứ nhất kết thúc ở đây.\nDòng thứ hai.' },
      { text: 'Xã đã trao 12 suất quà.\u00a0 \u00a0 \u00a0', flagged: ['\u00a0 \u00a0 \u00a0'], fixed: 'Xã đã trao 12 suất quà.' },
    ],
    accepted: [
      { text: 'Một dấu cách cuối dòng. \nDòng sau.', note: 'a single trailing space is harmless' },
      { text: 'Giữa\u00a0hai từ là dấu cách cứng.', note: 'a non-breaking space between words is not residue' },
      { text: 'Đoạn một.\n\u00a0\u00a0\nĐoạn hai.', note: 'a line of only spaces is boilerplate/whitespace' },
    ],
  },
  check(doc, ctx) {
    return spansOf(doc, ctx, 'whitespace')
      .filter((s) => s.what === 'trailing-space')
      .map(
        (s): Finding => ({
          ...ruleFields(this),
          start: s.start,
          end: s.end,
          message: { en: 'Non-breaking spaces at the end of the line.', vi: 'Dấu cách cứng thừa ở cuối dòng.' },
          fixes: [{ title: { en: 'Delete the spaces', vi: 'Xóa các dấu cách thừa' }, edits: [s.removal], preferred: true, confidence: 'high' }],
          unnecessary: true,
        }),
      );
  },
};
