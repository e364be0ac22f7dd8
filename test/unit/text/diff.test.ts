import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../server/src/analysis/fixes';
import { editsBetween, linesWithBreaks } from '../../../server/src/analysis/text/diff';

describe('editsBetween', () => {
  it('removes whole lines with their breaks, touching nothing else', () => {
    const before = 'Tiêu đề\n\nThân bài.\n\nTin liên quan\nTin A\nTin B\n';
    const after = 'Tiêu đề\n\nThân bài.\n';
    const edits = editsBetween(before, after);
    expect(edits).toEqual([{ start: 'Tiêu đề\n\nThân bài.\n'.length, end: before.length, newText: '' }]);
    expect(applyEdits(before, edits)).toBe(after);
  });

  it('keeps CRLF and lone CR lines intact', () => {
    expect(linesWithBreaks('a\r\nb\rc\nd')).toEqual(['a\r\n', 'b\r', 'c\n', 'd']);
    const before = 'a\r\nXÓA\r\nb\r\n';
    expect(applyEdits(before, editsBetween(before, 'a\r\nb\r\n'))).toBe('a\r\nb\r\n');
  });

  it('turns any text into any other (property)', () => {
    const line = fc.stringMatching(/^[a-cđ ]{0,4}(\r\n|\n|\r)?$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(line, { maxLength: 12 }), (a, b) => {
        const before = a.join('');
        const after = b.join('');
        expect(applyEdits(before, editsBetween(before, after))).toBe(after);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
