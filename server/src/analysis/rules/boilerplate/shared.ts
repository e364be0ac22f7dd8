// Turns the shared classification (boilerplate/classify.ts) into findings of one rule.
import type { Finding, Fix, LocalizedText, Rule, RuleContext, Severity } from '../../types';
import type { ArticleText } from '../../text/document';
import { classifyArticle, type BoilerplateBlock, type BoilerplateKind, type BoilerplateSpan } from '../../boilerplate/classify';
import { ruleFields } from '../finding';

export const REMOVE_BLOCK: LocalizedText = { en: 'Remove this block', vi: 'Xóa khối này' };
export const REMOVE_LINE: LocalizedText = { en: 'Remove this line', vi: 'Xóa dòng này' };

const quote = (s: string) => `“${s}”`;

export function blockFinding(rule: Pick<Rule, 'id' | 'defaultSeverity'>, b: BoilerplateBlock, message: LocalizedText, fixTitle: LocalizedText = REMOVE_BLOCK): Finding {
  const fix: Fix = { title: fixTitle, edits: [b.removal], preferred: true, confidence: 'high' };
  return {
    ...ruleFields({ ...rule, category: 'boilerplate' }),
    start: b.start,
    end: b.end,
    message,
    fixes: [fix],
    unnecessary: true,
  };
}

export function spanFinding(rule: Pick<Rule, 'id' | 'defaultSeverity'>, s: BoilerplateSpan, message: LocalizedText, fixTitle: LocalizedText): Finding {
  return {
    ...ruleFields({ ...rule, category: 'boilerplate' }),
    start: s.start,
    end: s.end,
    message,
    fixes: [{ title: fixTitle, edits: [s.removal], preferred: true, confidence: 'high' }],
    unnecessary: true,
  };
}

/** Findings for every block of `kind`, with a message built from the block. */
export function blocksOf(doc: ArticleText, ctx: RuleContext, kind: BoilerplateKind): BoilerplateBlock[] {
  return classifyArticle(doc, ctx).blocks.filter((b) => b.kind === kind);
}

export function spansOf(doc: ArticleText, ctx: RuleContext, kind: BoilerplateSpan['kind']): BoilerplateSpan[] {
  return classifyArticle(doc, ctx).spans.filter((s) => s.kind === kind);
}

export function lineCount(b: BoilerplateBlock): number {
  return b.lastLine - b.firstLine + 1;
}

export { quote };
export type { Severity };
