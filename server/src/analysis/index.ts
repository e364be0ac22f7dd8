// The engine's entry point: text → findings and article structure. No LSP imports here.
import type { AnalysisResult, Article, Finding, LocalizedText, Rule, RuleContext } from './types';
import { ArticleText } from './text/document';
import { DEFAULT_SETTINGS, ruleSetting, type Settings } from './settings';
import { ALL_RULES } from './rules';
import { buildArticle } from './structure/article';

export * from './types';
export { ArticleText } from './text/document';
export { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';
export { ALL_RULES, RULE_IDS, ruleById } from './rules';
export { applyEdits } from './fixes';
export { WorkspaceCorpus } from './lexicon/workspace';
export { loadLexicon, tryLexicon, lexiconLoadMs, LexiconError } from './lexicon/lexicon';

export interface AnalyzeOptions {
  /** Run only these rules (tests); default: every registered rule. */
  rules?: readonly Rule[];
  /** Words accepted on top of settings.words (workspace dictionary file). */
  acceptedWords?: Iterable<string>;
  /** Syllable counts from the workspace's articles, for the spelling rules' context model. */
  workspace?: import('./lexicon/workspace').WorkspaceCorpus;
  /** This document's id in `workspace`. */
  documentUri?: string;
}

const EMPTY_ARTICLE: Article = { blocks: [], officials: [], organizations: [] };

/** Why a text is not analysed at all, or undefined when it is fine. */
export function unreadableReason(text: string): LocalizedText | undefined {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { en: 'Binary file (contains NUL bytes): not checked.', vi: 'Tệp nhị phân (có byte NUL): không kiểm tra.' };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    return { en: 'Not UTF-8 text (many control or replacement characters): not checked.', vi: 'Không phải văn bản UTF-8 (nhiều ký tự điều khiển hoặc ký tự thay thế): không kiểm tra.' };
  }
  return undefined;
}

export function analyze(text: string, settings: Settings = DEFAULT_SETTINGS, options: AnalyzeOptions = {}): AnalysisResult {
  const notices: LocalizedText[] = [];
  const unreadable = unreadableReason(text);
  if (unreadable) return { findings: [], article: EMPTY_ARTICLE, notices: [unreadable] };

  let checked = text;
  const limit = Math.floor(settings.maxFileSizeKB * 1024);
  if (text.length > limit) {
    // cut at a line break so no line is checked half-way
    const cut = text.lastIndexOf('\n', limit);
    checked = text.slice(0, cut > 0 ? cut : limit);
    notices.push({
      en: `Large file: only the first ${settings.maxFileSizeKB} KB are checked (vietproof.maxFileSizeKB).`,
      vi: `Tệp lớn: chỉ kiểm tra ${settings.maxFileSizeKB} KB đầu (vietproof.maxFileSizeKB).`,
    });
  }

  const doc = new ArticleText(checked);
  const accepted = new Set<string>();
  for (const w of settings.words) accepted.add(w.normalize('NFC').toLowerCase());
  for (const w of options.acceptedWords ?? []) accepted.add(w.normalize('NFC').toLowerCase());
  const ctx: RuleContext = { settings, memo: new Map(), acceptedWords: accepted, workspace: options.workspace, documentUri: options.documentUri };

  const findings: Finding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const level = ruleSetting(settings, rule.id, rule.defaultSeverity);
    if (level === 'off') continue;
    let found: Finding[];
    try {
      found = rule.check(doc, ctx);
    } catch (err) {
      // one broken rule must not take the others (or the server) down
      notices.push({ en: `Rule ${rule.id} failed: ${String(err)}`, vi: `Quy tắc ${rule.id} gặp lỗi: ${String(err)}` });
      continue;
    }
    const overridden = settings.rules[rule.id] ?? settings.rules[rule.category];
    for (const f of found) {
      if (overridden && overridden !== 'off') f.severity = overridden;
      findings.push(f);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

  let article: Article = EMPTY_ARTICLE;
  try {
    article = buildArticle(doc, ctx);
  } catch (err) {
    notices.push({ en: `Outline failed: ${String(err)}`, vi: `Không dựng được dàn ý: ${String(err)}` });
  }
  return { findings, article, notices };
}
