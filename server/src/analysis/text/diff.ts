// Line diff (longest common subsequence) used to turn a rewritten text back into minimal edits
// (the clean-up command) and to print unified diffs (CLI --dry-run).
import type { TextEdit } from '../types';

export type DiffOp = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their line breaks kept, so joining them gives the text back exactly. */
export function linesWithBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  // trim the common head and tail so the table stays small when few lines change
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ma = a.slice(head, a.length - tail);
  const mb = b.slice(head, b.length - tail);
  const ops: DiffOp[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  if (ma.length * mb.length > 4e6) {
    for (const line of ma) ops.push({ kind: '-', line });
    for (const line of mb) ops.push({ kind: '+', line });
  } else {
    const w = mb.length + 1;
    const t = new Uint32Array((ma.length + 1) * w);
    for (let i = ma.length - 1; i >= 0; i--)
      for (let j = mb.length - 1; j >= 0; j--) t[i * w + j] = ma[i] === mb[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < ma.length || j < mb.length) {
      if (i < ma.length && j < mb.length && ma[i] === mb[j]) {
        ops.push({ kind: ' ', line: ma[i++] });
        j++;
      } else if (i < ma.length && (j === mb.length || t[(i + 1) * w + j] >= t[i * w + j + 1])) ops.push({ kind: '-', line: ma[i++] });
      else ops.push({ kind: '+', line: mb[j++] });
    }
  }
  for (const line of a.slice(a.length - tail)) ops.push({ kind: ' ', line });
  return ops;
}

/** Edits that turn `oldText` into `newText`, one per run of changed lines. */
export function editsBetween(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const ops = diffLines(linesWithBreaks(oldText), linesWithBreaks(newText));
  const edits: TextEdit[] = [];
  let offset = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      offset += ops[k++].line.length;
      continue;
    }
    const start = offset;
    let inserted = '';
    while (k < ops.length && ops[k].kind !== ' ') {
      if (ops[k].kind === '-') offset += ops[k].line.length;
      else inserted += ops[k].line;
      k++;
    }
    edits.push({ start, end: offset, newText: inserted });
  }
  return edits;
}
