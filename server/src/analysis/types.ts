// Engine contracts. Plain data, no LSP types: the server, the CLI and the tests convert from these.
// All offsets are UTF-16 code unit offsets into the original text (what JavaScript strings index).

export type Category = 'spelling' | 'style' | 'boilerplate';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'en' | 'vi';

/** A message in both languages the product speaks. */
export interface LocalizedText {
  en: string;
  vi: string;
}

/** Replace original text [start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
  /** The single best fix of a finding; at most one fix per finding is preferred. */
  preferred?: boolean;
  /** Only preferred fixes with high confidence are applied by "fix all". */
  confidence?: Confidence;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: LocalizedText;
  fixes: Fix[];
  /** How sure the rule is (0..1); spelling rules lower severity when unsure. */
  confidence?: number;
  /** The text is not part of the article (boilerplate): editors fade it. */
  unnecessary?: boolean;
}

/** One documented example of a rule; the rule tests run every example. */
export interface RuleExample {
  text: string;
  /** Substrings of `text` the rule must flag (each exactly the finding's range), in order. */
  flagged?: string[];
  /** The text after applying every preferred fix of this rule. */
  fixed?: string;
  /** Rule-specific settings for this example, merged over the defaults. */
  settings?: Partial<import('./settings').Settings>;
  note?: string;
}

export interface Rule {
  /** `category/name`, e.g. `spelling/tone-placement`. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** What the rule checks, one sentence. */
  description: LocalizedText;
  /** What its fixes do, one sentence (English, for the docs). */
  fixes: string;
  /** Texts it flags and look-alikes it must accept (markdownlint style). */
  examples: { flagged: RuleExample[]; accepted: RuleExample[] };
  check(doc: import('./text/document').ArticleText, ctx: RuleContext): Finding[];
}

export interface RuleContext {
  settings: import('./settings').Settings;
  /** Per-analysis memo so rules share expensive intermediate results (e.g. line classes). */
  memo: Map<string, unknown>;
  /** Words the user accepted (workspace/user dictionaries), lower-cased NFC. */
  acceptedWords: ReadonlySet<string>;
  /** Syllable counts from the user's other articles (adaptive spelling context), when indexed. */
  workspace?: import('./lexicon/workspace').WorkspaceCorpus;
  /** This document's id in `workspace`, so its own counts can be left out. */
  documentUri?: string;
}

export type BlockKind =
  | 'banner'
  | 'title'
  | 'metadata'
  | 'lead'
  | 'section'
  | 'caption'
  | 'byline'
  | 'boilerplate';

/** A block of the article, as shown in the outline. */
export interface ArticleBlock {
  kind: BlockKind;
  /** Short human name: the title text, a section's first words, … */
  name: string;
  /** Extra text for the outline (e.g. the boilerplate kind). */
  detail?: string;
  start: number;
  end: number;
  children?: ArticleBlock[];
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Official {
  /** Full name as written, no honorific. */
  name: string;
  /** Titles the article gives, in order of first appearance, without duplicates. */
  titles: string[];
  mentions: Mention[];
}

export interface Organization {
  name: string;
  mentions: Mention[];
}

export interface Article {
  title?: { text: string; start: number; end: number };
  blocks: ArticleBlock[];
  officials: Official[];
  organizations: Organization[];
}

export interface AnalysisResult {
  findings: Finding[];
  article: Article;
  /** Notes for the user about the analysis itself (file skipped, truncated, settings ignored). */
  notices: LocalizedText[];
}
