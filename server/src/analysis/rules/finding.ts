// The fields every finding takes from its rule, so rule files state only what they found.
import type { Finding, Fix, Rule } from '../types';

export function ruleFields(rule: Pick<Rule, 'id' | 'category' | 'defaultSeverity'>): Pick<Finding, 'ruleId' | 'category' | 'severity'> {
  return { ruleId: rule.id, category: rule.category, severity: rule.defaultSeverity };
}

/** The fix of a stray space before or after a mark: remove it. */
export function removeSpaceFix(start: number, end: number): Fix {
  return { title: { en: 'Remove the space', vi: 'Xóa dấu cách' }, edits: [{ start, end, newText: '' }], preferred: true, confidence: 'high' };
}
