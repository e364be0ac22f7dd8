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

/** Edits of every sure fix that do not overlap an earlier one (fix-all, CLI --fix). */
export function sureEdits(result: AnalysisResult, removeBoilerplate: boolean): TextEdit[] {
  const taken: Array<[number, number]> = [];
  const edits: TextEdit[] = [];
  for (const f of result.findings) {
    const fix = sureFix(f, removeBoilerplate);
    if (!fix || !fix.edits.length) continue;
    const start = Math.min(...fix.edits.map((e) => e.start));
    const end = Math.max(...fix.edits.map((e) => e.end));
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    taken.push([start, end]);
    edits.push(...fix.edits);
  }
  return edits;
}
