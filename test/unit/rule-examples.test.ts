// Every rule is tested from its own documented examples: flagged examples must produce exactly the
// documented ranges and, after applying the preferred fixes, the documented text; accepted
// examples must produce nothing from that rule.
import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze, applyEdits, resolveSettings, type Rule, type RuleExample } from '../../server/src/analysis';

function run(rule: Rule, ex: RuleExample) {
  const { settings } = resolveSettings({ ...(ex.settings ?? {}) });
  return analyze(ex.text, settings, { rules: [rule] }).findings.filter((f) => f.ruleId === rule.id);
}

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('is documented', () => {
    expect(rule.id).toMatch(/^(spelling|style|boilerplate)\/[a-z0-9-]+$/);
    expect(rule.id.split('/')[0]).toBe(rule.category);
    expect(rule.description.en.length).toBeGreaterThan(5);
    expect(rule.description.vi.length).toBeGreaterThan(5);
    expect(rule.examples.flagged.length).toBeGreaterThan(0);
    expect(rule.examples.accepted.length).toBeGreaterThan(0);
  });

  for (const ex of rule.examples.flagged) {
    it(`flags: ${JSON.stringify(ex.text.slice(0, 60))}`, () => {
      const found = run(rule, ex);
      expect(found.length).toBeGreaterThan(0);
      if (ex.flagged) expect(found.map((f) => ex.text.slice(f.start, f.end))).toEqual(ex.flagged);
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(ex.text.length);
        expect(f.fixes.filter((x) => x.preferred).length).toBeLessThanOrEqual(1);
      }
      if (ex.fixed !== undefined) {
        const edits = found.flatMap((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits ?? []);
        expect(applyEdits(ex.text, edits)).toBe(ex.fixed);
      }
    });
  }

  for (const ex of rule.examples.accepted) {
    it(`accepts: ${JSON.stringify(ex.text.slice(0, 60))}`, () => {
      expect(run(rule, ex).map((f) => ex.text.slice(f.start, f.end))).toEqual([]);
    });
  }
});
