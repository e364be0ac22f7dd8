// Article blocks: first version — the first non-empty line is the title, every other paragraph a section.
import type { ArticleBlock, RuleContext } from '../types';
import type { ArticleText } from '../text/document';

export interface BlocksResult {
  title?: { text: string; start: number; end: number };
  blocks: ArticleBlock[];
}

const firstWords = (s: string, n = 6) => {
  const words = s.trim().split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
};

export function detectBlocks(doc: ArticleText, _ctx: RuleContext): BlocksResult {
  const blocks: ArticleBlock[] = [];
  let title: BlocksResult['title'];
  for (const line of doc.lines) {
    const text = line.text.trim();
    if (!text) continue;
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const end = start + text.length;
    if (!title) {
      title = { text, start, end };
      blocks.push({ kind: 'title', name: text, start, end });
    } else blocks.push({ kind: 'section', name: firstWords(text), start, end });
  }
  return { title, blocks };
}
