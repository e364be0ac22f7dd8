// Engine results → LSP shapes. Offsets become UTF-16 positions through the TextDocument,
// which splits lines on \n, \r\n and \r exactly as LSP says.
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentSymbol,
  FoldingRange,
  FoldingRangeKind,
  Range,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, ArticleBlock, Finding, Fix, Locale } from '../analysis/types';
import { outlineOf, type OutlineKind, type OutlineNode } from '../analysis/structure/outline';
import { pick } from './l10n';

export const SOURCE = 'vietproof';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const rangeOf = (doc: TextDocument, start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });

export function toDiagnostic(doc: TextDocument, f: Finding, locale: Locale): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    message: pick(f.message, locale),
  };
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function toTextEdits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => TextEdit.replace(rangeOf(doc, e.start, e.end), e.newText));
}

export function fixToAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic | undefined, locale: Locale, preferred: boolean): CodeAction {
  const action = CodeAction.create(pick(fix.title, locale), { changes: { [doc.uri]: toTextEdits(doc, fix) } }, CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  banner: SymbolKind.Constant,
  title: SymbolKind.File,
  metadata: SymbolKind.Property,
  lead: SymbolKind.Namespace,
  section: SymbolKind.Namespace,
  caption: SymbolKind.Event,
  byline: SymbolKind.Key,
  boilerplate: SymbolKind.Null,
  group: SymbolKind.Namespace,
  official: SymbolKind.Constructor,
  organization: SymbolKind.Struct,
  mention: SymbolKind.Field,
};

function toSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  const sym = DocumentSymbol.create(n.name, n.detail, SYMBOL_KIND[n.kind], rangeOf(doc, n.start, n.end), rangeOf(doc, n.selectionStart, n.selectionEnd));
  if (n.children.length) sym.children = n.children.map((c) => toSymbol(doc, c));
  return sym;
}

/** Hierarchical document symbols (the contract in DESIGN.md): see structure/outline.ts. */
export function toDocumentSymbols(doc: TextDocument, result: AnalysisResult, locale: Locale): DocumentSymbol[] {
  return outlineOf(result, doc.getText().length, locale).map((n) => toSymbol(doc, n));
}

/** Folding: boilerplate blocks and the article's multi-line blocks. */
export function toFoldingRanges(doc: TextDocument, result: AnalysisResult): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, kind?: string) => {
    const s = doc.positionAt(start).line;
    // a range ending at the start of a line folds up to the line before
    const endPos = doc.positionAt(end);
    const e = endPos.character === 0 && endPos.line > s ? endPos.line - 1 : endPos.line;
    if (e <= s || seen.has(`${s}:${e}`)) return;
    seen.add(`${s}:${e}`);
    out.push(kind ? FoldingRange.create(s, e, undefined, undefined, kind) : FoldingRange.create(s, e));
  };
  for (const f of result.findings) if (f.category === 'boilerplate') add(f.start, f.end, FoldingRangeKind.Region);
  const walk = (blocks: readonly ArticleBlock[]) => {
    for (const b of blocks) {
      add(b.start, b.end, b.kind === 'boilerplate' ? FoldingRangeKind.Region : undefined);
      if (b.children) walk(b.children);
    }
  };
  walk(result.article.blocks);
  return out.sort((a, b) => a.startLine - b.startLine);
}
