// A unified diff of two texts, by lines (for `check --fix --dry-run`).

function lcsTable(a: string[], b: string[]): Uint32Array {
  const w = b.length + 1;
  const t = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
  return t;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

function diffOps(a: string[], b: string[]): Op[] {
  // trim the common head and tail so the table stays small on long articles with few changes
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ma = a.slice(head, a.length - tail);
  const mb = b.slice(head, b.length - tail);
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  if (ma.length * mb.length > 4e6) {
    for (const line of ma) ops.push({ kind: '-', line });
    for (const line of mb) ops.push({ kind: '+', line });
  } else {
    const t = lcsTable(ma, mb);
    const w = mb.length + 1;
    let i = 0;
    let j = 0;
    while (i < ma.length || j < mb.length) {
      if (i < ma.length && j < mb.length && ma[i] === mb[j]) {
        ops.push({ kind: ' ', line: ma[i++] });
        j++;
      } else if (j < mb.length && (i === ma.length || t[i * w + j + 1] >= t[(i + 1) * w + j])) ops.push({ kind: '+', line: mb[j++] });
      else ops.push({ kind: '-', line: ma[i++] });
    }
  }
  for (const line of a.slice(a.length - tail)) ops.push({ kind: ' ', line });
  return ops;
}

export function unifiedDiff(oldText: string, newText: string, path: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffOps(oldText.split('\n'), newText.split('\n'));
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
