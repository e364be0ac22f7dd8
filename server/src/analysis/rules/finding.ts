// The fields every finding takes from its rule, so rule files state only what they found.
import type { Finding, Rule } from '../types';

export function ruleFields(rule: Pick<Rule, 'id' | 'category' | 'defaultSeverity'>): Pick<Finding, 'ruleId' | 'category' | 'severity'> {
  return { ruleId: rule.id, category: rule.category, severity: rule.defaultSeverity };
}
