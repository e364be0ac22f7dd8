// text → article structure: blocks (title, metadata, lead, sections, captions, byline,
// boilerplate) and entities (officials, organisations).
import type { Article, RuleContext } from '../types';
import type { ArticleText } from '../text/document';
import { detectBlocks } from './blocks';
import { extractEntities } from './entities';

export function buildArticle(doc: ArticleText, ctx: RuleContext): Article {
  const { title, blocks } = detectBlocks(doc, ctx);
  const { officials, organizations } = extractEntities(doc, blocks);
  return { title, blocks, officials, organizations };
}
