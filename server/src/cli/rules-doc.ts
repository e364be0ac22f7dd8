// Rule documentation generated from the rules themselves (markdownlint style: what it checks,
// its fixes, flagged and accepted examples), so the docs and the tests read the same examples.
import { ALL_RULES, type Rule } from '../analysis';

const quote = (s: string) => '`' + s.replace(/\n/g, '⏎').replace(/`/g, 'ˋ') + '`';

export function ruleMarkdown(rule: Rule): string {
  const lines = [
    `### \`${rule.id}\``,
    '',
    `${rule.description.en} *(${rule.description.vi})*`,
    '',
    `Default severity: **${rule.defaultSeverity}**. Fixes: ${rule.fixes}`,
    '',
    'Flagged:',
    '',
  ];
  for (const ex of rule.examples.flagged) {
    const flagged = ex.flagged?.length ? ` — flags ${ex.flagged.map(quote).join(', ')}` : '';
    const fixed = ex.fixed !== undefined ? ` → ${quote(ex.fixed)}` : '';
    lines.push(`- ${quote(ex.text)}${flagged}${fixed}${ex.note ? ` (${ex.note})` : ''}`);
  }
  lines.push('', 'Accepted:', '');
  for (const ex of rule.examples.accepted) lines.push(`- ${quote(ex.text)}${ex.note ? ` (${ex.note})` : ''}`);
  return lines.join('\n') + '\n';
}

export function rulesMarkdown(rules: readonly Rule[] = ALL_RULES): string {
  const table = ['| Rule | Default | Checks |', '| --- | --- | --- |', ...rules.map((r) => `| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9-]/g, '')}) | ${r.defaultSeverity} | ${r.description.en} |`)];
  return [table.join('\n'), '', ...rules.map(ruleMarkdown)].join('\n');
}

export function rulesText(rules: readonly Rule[] = ALL_RULES): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(11)}  ${r.description.en}`).join('\n') + '\n';
}
