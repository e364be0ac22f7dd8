import type { Finding, Rule } from '../../types';
import { ruleFields } from '../finding';

// Two or more spaces between words inside a line. Runs of spaces at the start or end of a
// line are whitespace residue (boilerplate/whitespace), not this rule's business.

// Runs of two or more (non-breaking) spaces, searched over the whole text: a run never spans a
// line break, and the characters either side of a run at a line's edge are the break or nothing,
// so "between words" is the same test as within the line. (A lookbehind, /(?<=\S)…(?=\S)/,
// made V8 try every position: ten times slower.)
const RUN = /[ \u00a0]{2,}/g;
/** One UTF-16 unit of whitespace, as regex \s has it. */
const WHITESPACE = /\s/;

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
    const text = doc.text;
    RUN.lastIndex = 0;
    while (RUN.test(text)) {
      // the match is a whole run (the search is greedy and resumes past it): walk back to its start,
      // then something other than whitespace (\S) must stand on both sides
      const end = RUN.lastIndex;
      let start = end - 2;
      while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0xa0)) start--;
      if (start === 0 || end === text.length || WHITESPACE.test(text[start - 1]) || WHITESPACE.test(text[end])) continue;
      const length = end - start;
      out.push({
        ...ruleFields(this),
        start,
        end,
        message: { en: `${length} spaces between words.`, vi: `${length} dấu cách giữa hai từ.` },
        fixes: [{ title: { en: 'Use one space', vi: 'Dùng một dấu cách' }, edits: [{ start, end, newText: ' ' }], preferred: true, confidence: 'high' }],
      });
    }
    return out;
  },
};
