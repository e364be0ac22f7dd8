// Engine properties over hostile and real text, for every registered rule: no crash, every range
// inside the text, fixes that touch only their own range and converge, clean-up and fix-all
// idempotent. Fixed seed and bounded runs here; `npm run fuzz` runs the same with more cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, resolveSettings, type Finding, type Settings } from '../../server/src/analysis';
import { sureEdits } from '../../server/src/analysis/fixes';
import { anyText, FIXTURES, hostileText, params, splicedArticle } from './arbitraries';
import { newFindings, resultProblems } from './invariants';

const DEFAULTS = resolveSettings({}).settings;

/** The clean-up command, when the boilerplate module provides it (it is optional for the engine). */
async function loadCleanArticle(): Promise<((text: string, settings?: Settings) => string) | undefined> {
  try {
    const mod = (await import('../../server/src/analysis/boilerplate/clean')) as { cleanArticle?: (text: string, settings?: Settings) => string };
    return mod.cleanArticle;
  } catch {
    return undefined;
  }
}

/** The finding's text in brackets with a little of what surrounds it. */
const context = (text: string, start: number, end: number) =>
  JSON.stringify(`${text.slice(Math.max(0, start - 25), start)}[${text.slice(start, end)}]${text.slice(end, end + 25)}`);

const preferredEdits = (f: Finding) => f.fixes.find((x) => x.preferred)?.edits ?? [];

describe('engine under hostile text', () => {
  it('analyses every fixture without a violation', () => {
    for (const text of FIXTURES) expect(resultProblems(text, analyze(text, DEFAULTS))).toEqual([]);
  });

  it('never crashes, keeps every range inside the text and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = analyze(text, DEFAULTS);
        expect(resultProblems(text, first)).toEqual([]);
        const again = analyze(text, DEFAULTS);
        expect(again.findings).toEqual(first.findings);
      }),
      params(120),
    );
  });
});

describe('fixes are safe', () => {
  it('a preferred fix never creates a new finding of its own rule', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (text, picks) => {
        const before = analyze(text, DEFAULTS).findings;
        const fixable = before.filter((f) => preferredEdits(f).length);
        if (!fixable.length) return;
        for (const k of new Set(picks.map((p) => p % fixable.length))) {
          const f = fixable[k];
          const edits = preferredEdits(f);
          const fixed = applyEdits(text, edits);
          const after = analyze(fixed, DEFAULTS).findings;
          const created = newFindings(before, edits, after, f.ruleId, f).map((g) => `${g.ruleId} at ${g.start}: ${context(fixed, g.start, g.end)}`);
          expect(created, `fixing ${f.ruleId} at ${f.start}: ${context(text, f.start, f.end)} with ${JSON.stringify(edits)}`).toEqual([]);
        }
      }),
      params(40),
    );
  });

  it('applying all preferred fixes again and again converges', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let current = text;
        const seen = new Set<string>([current]);
        for (let round = 0; round < 6; round++) {
          const result = analyze(current, DEFAULTS);
          const next = applyEdits(current, result.findings.flatMap(preferredEdits));
          if (next === current) return;
          // a cycle (A → B → A) never converges
          expect(seen.has(next), `preferred fixes cycle after round ${round}`).toBe(false);
          seen.add(next);
          current = next;
        }
        const left = analyze(current, DEFAULTS).findings.filter((f) => preferredEdits(f).length);
        expect(left.map((f) => `${f.ruleId} ${JSON.stringify(current.slice(f.start, f.end))}`), 'preferred fixes still pending after 6 rounds').toEqual([]);
      }),
      params(30),
    );
  });

  it('fix-all (sure fixes, with and without boilerplate removal) is idempotent once settled', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, removeBoilerplate) => {
        const pass = (t: string) => applyEdits(t, sureEdits(analyze(t, DEFAULTS), removeBoilerplate));
        // overlapping sure fixes are applied over several passes (as the CLI's --fix does); three settle any text
        const once = pass(pass(pass(text)));
        expect(pass(once)).toBe(once);
      }),
      params(25),
    );
  });

  it('clean-up is idempotent and keeps a clean article clean', async () => {
    const cleanArticle = await loadCleanArticle();
    expect(cleanArticle, 'boilerplate/clean.ts exports cleanArticle').toBeTypeOf('function');
    fc.assert(
      fc.property(fc.oneof(hostileText(), splicedArticle), (text) => {
        const once = cleanArticle!(text, DEFAULTS);
        expect(cleanArticle!(once, DEFAULTS)).toBe(once);
        expect(resultProblems(once, analyze(once, DEFAULTS))).toEqual([]);
      }),
      params(40),
    );
  });
});
