// Applying text edits: shared by the CLI's --fix, the clean-up command and the tests.
import type { TextEdit } from './types';

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
