// Applying text edits: shared by the CLI's --fix, the clean-up command and the tests.
import type { AnalysisResult, Finding, TextEdit } from './types';

/**
 * Applies non-overlapping edits to `text`. Overlapping edits are skipped (the first one,
 * by start offset, wins) so applying a batch of fixes can never corrupt the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) continue;
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}


/** The preferred fix of a finding when it is sure enough to apply without review. */
export function sureFix(f: Finding, removeBoilerplate: boolean) {
  const fix = f.fixes.find((x) => x.preferred);
  if (!fix) return undefined;
  if (f.category === 'boilerplate') return removeBoilerplate ? fix : undefined;
  return fix.confidence === 'high' ? fix : undefined;
}

/**
 * Edits of every sure fix (fix-all, CLI --fix). Deletions that overlap (two removed blocks sharing the
 * line break between them) merge into one; a replacement that overlaps anything already taken is
 * left for the next pass, so the text is never corrupted.
 */
export function sureEdits(result: AnalysisResult, removeBoilerplate: boolean): TextEdit[] {
  const fixes = result.findings.map((f) => sureFix(f, removeBoilerplate)).filter((x): x is NonNullable<typeof x> => !!x && x.edits.length > 0);
  const deletions = fixes
    .filter((fix) => fix.edits.every((e) => e.newText === ''))
    .flatMap((fix) => fix.edits)
    .sort((a, b) => a.start - b.start);
  const taken: TextEdit[] = [];
  for (const d of deletions) {
    const last = taken[taken.length - 1];
    if (last && d.start < last.end) last.end = Math.max(last.end, d.end);
    else taken.push({ start: d.start, end: d.end, newText: '' });
  }
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end;
  for (const fix of fixes) {
    if (fix.edits.every((e) => e.newText === '')) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t) || (e.start === e.end && e.start === t.start)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}
