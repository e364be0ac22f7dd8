// The registry of every rule. Each rule lives in its own file under spelling/, style/ or boilerplate/.
import type { Rule } from '../types';
import { doubleSpace } from './style/double-space';
import { trailingWhitespace } from './style/trailing-whitespace';
import { BOILERPLATE_RULES } from './boilerplate';
import { SPELLING_RULES } from './spelling';
import { TEXT_STYLE_RULES } from './style/text-style';

export const ALL_RULES: readonly Rule[] = [
  ...SPELLING_RULES,
  doubleSpace,
  trailingWhitespace,
  ...TEXT_STYLE_RULES,
  ...BOILERPLATE_RULES,
];

export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
