// Officials and organisations named in the article: first version finds none.
import type { ArticleBlock, Official, Organization } from '../types';
import type { ArticleText } from '../text/document';

export function extractEntities(_doc: ArticleText, _blocks: readonly ArticleBlock[]): { officials: Official[]; organizations: Organization[] } {
  return { officials: [], organizations: [] };
}
