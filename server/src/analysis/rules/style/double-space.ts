import type { Finding, Rule } from '../../types';
import { ruleFields } from '../finding';

// Two or more spaces between words inside a line. Runs of spaces at the start or end of a
// line are whitespace residue (boilerplate/whitespace), not this rule's business.
const RUN = /(?<=\S)[ \u00a0]{2,}(?=\S)/g;

export const doubleSpace: Rule = {
  id: 'style/double-space',
  category: 'style',
  defaultSeverity: 'information',
  description: {
    en: 'Two or more spaces between words.',
    vi: 'Hai dấu cách trở lên giữa các từ.',
  },
  fixes: 'Replaces the run with one space.',
  examples: {
    flagged: [
      { text: 'Hội nghị  tổng kết', flagged: ['  '], fixed: 'Hội nghị tổng kết' },
      { text: 'năm 2020,   công tác', flagged: ['   '], fixed: 'năm 2020, công tác' },
    ],
    accepted: [
      { text: 'Hội nghị tổng kết công tác dân vận.' },
      { text: '  thụt đầu dòng', note: 'leading indentation is not between words' },
      { text: 'cuối dòng   ', note: 'trailing spaces are whitespace residue' },
    ],
  },
  check(doc) {
    const out: Finding[] = [];
    for (const line of doc.lines) {
      for (const m of line.text.matchAll(RUN)) {
        const start = line.start + m.index!;
        const end = start + m[0].length;
        out.push({
          ...ruleFields(this),
          start,
          end,
          message: { en: `${m[0].length} spaces between words.`, vi: `${m[0].length} dấu cách giữa hai từ.` },
          fixes: [{ title: { en: 'Use one space', vi: 'Dùng một dấu cách' }, edits: [{ start, end, newText: ' ' }], preferred: true, confidence: 'high' }],
        });
      }
    }
    return out;
  },
};
