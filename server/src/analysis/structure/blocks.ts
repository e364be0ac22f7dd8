// Article blocks for the outline, from the shared line classification (boilerplate/classify.ts):
// banner, title, metadata (dateline, posting time, source), lead, body sections split where the
// article turns (a caption, a new speaker, `Phát biểu…`, `Tại hội nghị…`) with their captions as
// children, byline, and the boilerplate blocks.
import type { ArticleBlock, RuleContext } from '../types';
import type { ArticleText } from '../text/document';
import { classifyArticle, type BoilerplateKind, type LineInfo } from '../boilerplate/classify';

export interface BlocksResult {
  title?: { text: string; start: number; end: number };
  blocks: ArticleBlock[];
}

const firstWords = (s: string, n = 6) => {
  const words = s.trim().split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
};

// Openings where a news article turns to a new part: a frame adverbial ending in a comma
// (`Tại hội nghị,`, `Phát biểu chỉ đạo tại hội nghị,`, `Về nhiệm vụ năm tới,`) or a new speaker
// introduced by an honorific (`Ông Lê An cho biết…`, `Đồng chí …`).
const TURN = /^(?:phát biểu|tại|theo|về|sau|nhân dịp|dịp này|thời gian tới|sắp tới|kết luận|trao đổi|thảo luận|cũng tại|trước đó|đánh giá|báo cáo)(?=[\s,])[^,.;:]{0,80},/iu;
const NEW_SPEAKER = /^(?:ông|bà|đồng chí|anh|chị|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|tiến sĩ|ts\.?|pgs\.?)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,3}(?=[\s,.]|$)/u;

const turns = (l: LineInfo) => TURN.test(l.text) || NEW_SPEAKER.test(l.text.charAt(0).toLowerCase() + l.text.slice(1));

const META_DETAIL: Partial<Record<BoilerplateKind, string>> = { 'scrape-metadata': 'metadata' };

/**
 * The section whose range holds the block. Sections are opened one after the other on later lines,
 * so they are in text order and do not overlap: only the last one starting at or before the block
 * can hold it (found by binary search, not by a scan of every block for every block).
 */
function sectionAround(sections: readonly ArticleBlock[], b: ArticleBlock): ArticleBlock | undefined {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sections[mid].start <= b.start) lo = mid + 1;
    else hi = mid;
  }
  const s = sections[lo - 1];
  return s && b.end <= s.end ? s : undefined;
}

export function detectBlocks(doc: ArticleText, ctx: RuleContext): BlocksResult {
  const a = classifyArticle(doc, ctx);
  const blocks: ArticleBlock[] = [];
  const boilerplateAt = new Map(a.blocks.map((b) => [b.firstLine, b]));
  const block = (kind: ArticleBlock['kind'], name: string, start: number, end: number, detail?: string): ArticleBlock => ({ kind, name, start, end, ...(detail ? { detail } : {}) });

  let section: ArticleBlock | undefined;
  const closeSection = () => {
    section = undefined;
  };
  let sectionHasParagraph = false;
  /** The section is named by its subheading, not by its first paragraph. */
  let namedByHeading = false;
  const openSection = (l: LineInfo) => {
    closeSection();
    sectionHasParagraph = false;
    namedByHeading = false;
    section = { kind: 'section', name: firstWords(l.text), start: l.start, end: l.end, children: [] };
    blocks.push(section);
  };

  for (const l of a.lines) {
    if (l.blank) continue;
    const bp = boilerplateAt.get(l.index);
    if (bp) {
      // boilerplate ends a section only when article content follows it again
      const name = bp.what;
      if (bp.kind === 'site-banner') blocks.push(block('banner', name, bp.start, bp.end, 'site banner'));
      else if (bp.kind === 'scrape-metadata') blocks.push(block('metadata', name, bp.start, bp.end, /^[^:：]{2,20}[:：]\s*\S/u.test(name) && !/\d/.test(name) ? 'source' : 'posting time'));
      else blocks.push(block('boilerplate', name, bp.start, bp.end, META_DETAIL[bp.kind] ?? bp.kind));
      continue;
    }
    if (l.role === 'boilerplate' || l.role === 'metadata') continue; // inside a block already listed
    switch (l.role) {
      case 'title': {
        const prefix = a.spans.find((s) => s.line === l.index && s.what === 'date-prefix');
        if (prefix) blocks.push(block('metadata', doc.text.slice(prefix.start, prefix.end).trim(), prefix.start, prefix.end, 'date'));
        if (a.title && a.titleLine === l.index) blocks.push(block('title', a.title.text, a.title.start, a.title.end));
        break;
      }
      case 'byline':
        closeSection();
        blocks.push(block('byline', l.text, l.start, l.end));
        break;
      case 'lead': {
        closeSection();
        let start = l.start;
        let text = l.text;
        if (a.dateline && a.dateline.line === l.index) {
          blocks.push(block('metadata', a.dateline.text.replace(/\s*[-–—]$/u, ''), a.dateline.start, a.dateline.end, 'dateline'));
          start = a.dateline.end;
          while (/\s/.test(doc.text[start] ?? '') && start < l.end) start++;
          text = doc.text.slice(start, l.end).normalize('NFC');
        }
        blocks.push(block('lead', firstWords(text), start, l.end));
        break;
      }
      case 'caption': {
        // a short line in capitals is a subheading, not a photo's caption: it opens and names a section
        if (l.allCaps && l.words.length <= 12 && !l.endsSentence) {
          openSection(l);
          section!.name = l.text;
          section!.detail = 'subheading';
          namedByHeading = true;
          break;
        }
        // a caption turns the article: it opens a section (named by the paragraph after it)
        if (!section || sectionHasParagraph) openSection(l);
        section!.children!.push(block('caption', l.text, l.start, l.end));
        section!.end = l.end;
        break;
      }
      case 'body': {
        if (!section) openSection(l);
        else if (!sectionHasParagraph) {
          if (!namedByHeading) section.name = firstWords(l.text);
        } else if (turns(l)) openSection(l);
        sectionHasParagraph = true;
        section!.end = l.end;
        break;
      }
    }
  }
  // boilerplate between a section's lines (a duplicate caption) belongs to that section
  const sections = blocks.filter((b) => b.kind === 'section');
  const top: ArticleBlock[] = [];
  for (const b of blocks) {
    const owner = b.kind !== 'section' ? sectionAround(sections, b) : undefined;
    if (owner) owner.children!.push(b);
    else top.push(b);
  }
  for (const b of top) {
    if (b.children) b.children.sort((x, y) => x.start - y.start);
    if (b.children && !b.children.length) delete b.children;
  }
  return { title: a.title, blocks: top };
}
