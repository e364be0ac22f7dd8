// A unified diff of two texts, by lines (for `check --fix --dry-run`).
import { diffLines } from '../analysis/text/diff';

export function unifiedDiff(oldText: string, newText: string, path: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffLines(oldText.split('\n'), newText.split('\n'));
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    let start = Math.max(0, k - context);
    let end = k;
    // extend the hunk while changes are within 2*context lines of each other
    for (let m = k; m < ops.length; m++) {
      if (ops[m].kind !== ' ') end = m;
      else if (m - end > 2 * context) break;
    }
    end = Math.min(ops.length - 1, end + context);
    let oldStart = 1;
    let newStart = 1;
    for (let m = 0; m < start; m++) {
      if (ops[m].kind !== '+') oldStart++;
      if (ops[m].kind !== '-') newStart++;
    }
    const hunk = ops.slice(start, end + 1);
    const oldLen = hunk.filter((o) => o.kind !== '+').length;
    const newLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldStart},${oldLen} +${newStart},${newLen} @@`);
    for (const o of hunk) out.push(o.kind + o.line);
    k = end + 1;
    start = k;
  }
  return out.join('\n') + '\n';
}
