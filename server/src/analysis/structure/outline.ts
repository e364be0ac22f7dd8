// The article as an outline tree (what editors show as document symbols and the CLI prints):
// the title as the root, the blocks in document order, then the officials (a child per person,
// a grandchild per mention) and the organisations.
import type { AnalysisResult, ArticleBlock, Locale, Mention } from '../types';

export type OutlineKind = ArticleBlock['kind'] | 'group' | 'official' | 'organization' | 'mention';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** Whole extent. */
  start: number;
  end: number;
  /** The part to select / reveal (the name's own text). */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineNode[];
}

export const GROUP_NAMES = {
  officials: { en: 'Officials', vi: 'Quan chức' },
  organizations: { en: 'Organizations', vi: 'Cơ quan, tổ chức' },
  mention: { en: 'mention', vi: 'lần nhắc' },
} as const;

const clip = (s: string, n = 80) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t || '…';
};

function blockNode(b: ArticleBlock): OutlineNode {
  return {
    name: clip(b.name),
    detail: b.detail ?? b.kind,
    kind: b.kind,
    start: b.start,
    end: b.end,
    selectionStart: b.start,
    selectionEnd: b.end,
    children: (b.children ?? []).map(blockNode),
  };
}

function entityGroup(name: string, kind: 'official' | 'organization', items: Array<{ name: string; detail: string; mentions: Mention[] }>, locale: Locale): OutlineNode | undefined {
  const children: OutlineNode[] = [];
  for (const item of items) {
    if (!item.mentions.length) continue;
    const first = item.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    children.push({
      name: item.name,
      detail: item.detail,
      kind,
      start: Math.min(...item.mentions.map((m) => m.start)),
      end: Math.max(...item.mentions.map((m) => m.end)),
      selectionStart: first.start,
      selectionEnd: first.end,
      children: item.mentions.map((m) => ({
        name: clip(m.text),
        detail: GROUP_NAMES.mention[locale],
        kind: 'mention' as const,
        start: m.start,
        end: m.end,
        selectionStart: m.start,
        selectionEnd: m.end,
        children: [],
      })),
    });
  }
  if (!children.length) return undefined;
  return {
    name,
    detail: String(children.length),
    kind: 'group',
    start: Math.min(...children.map((c) => c.start)),
    end: Math.max(...children.map((c) => c.end)),
    selectionStart: children[0].selectionStart,
    selectionEnd: children[0].selectionEnd,
    children,
  };
}

export function outlineOf(result: AnalysisResult, textLength: number, locale: Locale): OutlineNode[] {
  const { article } = result;
  const children: OutlineNode[] = [];
  for (const b of article.blocks) {
    if (b.kind === 'title' && article.title && b.start === article.title.start) continue; // shown as the root
    children.push(blockNode(b));
  }
  const officials = entityGroup(GROUP_NAMES.officials[locale], 'official', article.officials.map((o) => ({ name: o.name, detail: o.titles.join(', '), mentions: o.mentions })), locale);
  const organizations = entityGroup(GROUP_NAMES.organizations[locale], 'organization', article.organizations.map((o) => ({ name: o.name, detail: '', mentions: o.mentions })), locale);
  if (officials) children.push(officials);
  if (organizations) children.push(organizations);
  if (!article.title) return children;
  return [
    {
      name: clip(article.title.text, 200),
      detail: '',
      kind: 'title',
      start: 0,
      end: textLength,
      selectionStart: article.title.start,
      selectionEnd: article.title.end,
      children,
    },
  ];
}
