// Removing whole lines without leaving a hole: the lines go with their breaks, and the blank gap
// between the neighbours is the larger of the two gaps that were there (never a new one).
import type { TextEdit } from '../types';
import type { ArticleText } from '../text/document';

interface LineSpan {
  blank: boolean;
  lineStart: number;
  lineEnd: number;
}

export function removeLinesEdit(doc: ArticleText, lines: readonly LineSpan[], first: number, last: number): TextEdit {
  let p = first - 1;
  while (p >= 0 && lines[p].blank) p--;
  let n = last + 1;
  while (n < lines.length && lines[n].blank) n++;
  const hasP = p >= 0;
  const hasN = n < lines.length;
  if (hasN && (!hasP || first - p - 1 >= n - last - 1)) return { start: lines[first].lineStart, end: lines[n].lineStart, newText: '' };
  if (hasP) return { start: lines[p].lineEnd, end: lines[last].lineEnd, newText: '' };
  return { start: lines[first].lineStart, end: Math.min(doc.text.length, lines[last].lineEnd), newText: '' };
}
