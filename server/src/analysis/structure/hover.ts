// What to show when the pointer rests on the article: an official (titles, how often named), an
// abbreviation (its expansion), or a word (its meanings from the dictionary). Plain data and
// markdown; the LSP layer only converts offsets to positions.
import type { Article, Locale, Mention, Official, Organization } from '../types';
import type { ArticleText } from '../text/document';
import { abbreviationAt } from './abbreviations';
import { wordKey } from './keys';
import { PLACES, SURNAMES } from './names';
import { definitionAt } from '../lexicon/definitions';

export interface HoverInfo {
  kind: 'official' | 'abbreviation' | 'word';
  /** The range the hover is about (UTF-16 offsets into the original text). */
  start: number;
  end: number;
  /** Markdown, in the requested language. */
  markdown: string;
  /** The official, when kind is 'official'. */
  official?: Official;
}

const inside = (m: { start: number; end: number }, offset: number) => m.start <= offset && offset <= m.end;

/** The official with a mention covering `offset` (a cursor right after the mention counts), and that mention. */
export function mentionAt(article: Article, offset: number): { official: Official; mention: Mention } | undefined {
  let best: { official: Official; mention: Mention } | undefined;
  for (const official of article.officials) {
    for (const mention of official.mentions) {
      if (!inside(mention, offset)) continue;
      // strictly inside beats touching at the end (`Cường,` then the next word)
      if (!best || (offset < mention.end && !(offset < best.mention.end))) best = { official, mention };
    }
  }
  return best;
}

/** The official named (by name, short name or title) at `offset`: for references and highlights. */
export function officialAt(article: Article, offset: number): Official | undefined {
  return mentionAt(article, offset)?.official;
}

/** The organisation with a mention covering `offset`. */
export function organizationAt(article: Article, offset: number): Organization | undefined {
  return article.organizations.find((o) => o.mentions.some((m) => inside(m, offset)));
}

const POS: Record<string, LocalizedPos> = {
  N: { vi: 'danh từ', en: 'noun' },
  V: { vi: 'động từ', en: 'verb' },
  A: { vi: 'tính từ', en: 'adjective' },
  P: { vi: 'đại từ', en: 'pronoun' },
  E: { vi: 'giới từ', en: 'preposition' },
  C: { vi: 'liên từ', en: 'conjunction' },
  I: { vi: 'cảm từ', en: 'interjection' },
  M: { vi: 'số từ', en: 'numeral' },
  R: { vi: 'phụ từ', en: 'adverb' },
};
type LocalizedPos = { vi: string; en: string };

/** Escapes text so markdown shows it literally (definitions use [brackets] for usage notes). */
export function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

const MAX_SENSES = 6;

/**
 * Hover at `offset`: an official's mention first, then an abbreviation, then the longest dictionary
 * word around the offset. Undefined when there is nothing useful to say.
 */
export function hoverAt(doc: ArticleText, article: Article, offset: number, locale: Locale = 'vi'): HoverInfo | undefined {
  const vi = locale === 'vi';
  const hit = mentionAt(article, offset);
  if (hit) {
    const { official, mention } = hit;
    const n = official.mentions.length;
    const lines = [`**${mdEscape(official.name)}**`];
    if (official.titles.length) lines.push(official.titles.map(mdEscape).join(', '));
    lines.push(vi ? `_Được nhắc đến ${n} lần trong bài_` : `_Mentioned ${n} time${n === 1 ? '' : 's'} in this article_`);
    // on `HĐND` inside `Chủ tịch HĐND tỉnh`, say what it stands for as well
    const inner = abbreviationAt(doc.text, offset);
    if (inner && inner.start >= mention.start && inner.end <= mention.end) {
      lines.push(`**${mdEscape(inner.text)}** (${vi ? 'viết tắt' : 'abbreviation'}): ${mdEscape(inner.expansion)}`);
    }
    return { kind: 'official', start: mention.start, end: mention.end, markdown: lines.join('\n\n'), official };
  }
  const abbr = abbreviationAt(doc.text, offset);
  if (abbr) {
    const label = vi ? 'viết tắt' : 'abbreviation';
    return { kind: 'abbreviation', start: abbr.start, end: abbr.end, markdown: `**${mdEscape(abbr.text)}** (${label}): ${mdEscape(abbr.expansion)}` };
  }
  const def = definitionAt(doc, offset);
  if (def && !looksLikeProperName(doc, def.start, def.end)) {
    // the dictionary's headword: a misspelt `đối thọai` shows the entry as `đối thoại`
    const lines = [`**${mdEscape(def.entries[0]?.word ?? def.word)}**`];
    const senses = def.entries.flatMap((e) => e.senses);
    senses.slice(0, MAX_SENSES).forEach((s, i) => {
      const pos = POS[s.pos.toUpperCase()];
      lines.push(`${i + 1}. ${pos ? `_(${vi ? pos.vi : pos.en})_ ` : ''}${mdEscape(s.definition)}`);
    });
    const more = senses.length - MAX_SENSES;
    const parts = [lines[0], lines.slice(1).join('\n')];
    if (more > 0) parts.push(vi ? `_… và ${more} nghĩa khác_` : `_… and ${more} more sense${more === 1 ? '' : 's'}_`);
    parts.push(vi ? '_Nguồn: @vntk/dictionary_' : '_Source: @vntk/dictionary_');
    return { kind: 'word', start: def.start, end: def.end, markdown: parts.join('\n\n') };
  }
  return undefined;
}

/**
 * A capitalised word that is part of a proper name (`Thái Bình`, `ông Tám`, `Cao Văn Trọng`) would
 * get a misleading meaning (`thái bình` = peaceful). Reverent capitals (`Đảng`, `Nhân dân`, `Tổ quốc`)
 * and the first word of a sentence still get theirs.
 */
function looksLikeProperName(doc: ArticleText, start: number, end: number): boolean {
  const text = doc.text;
  const words = text.slice(start, end).split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // the run of capitalised words goes on past the dictionary word
  if (/\p{Lu}[\p{L}\p{M}]*[ \t]+$/u.test(before) && !/(^|[.!?:\n…“"]\s*)\p{Lu}[\p{L}\p{M}]*[ \t]+$/u.test(before)) return true;
  if (/^[ \t]+\p{Lu}/u.test(after)) return true;
  const keys = words.map(wordKey);
  if (PLACES.hasKeys(keys) || (words.length >= 2 && SURNAMES.has(keys[0]))) return true;
  const prev = /([\p{L}\p{M}]+)[ \t]+$/u.exec(before)?.[1];
  return prev !== undefined && NAME_BEFORE.has(wordKey(prev));
}

/** Words after which a capitalised word is a name: honorifics and administrative levels. */
const NAME_BEFORE = new Set(
  ['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thôn', 'ấp', 'bản', 'làng', 'đường', 'phố', 'sông', 'núi']
    .map(wordKey),
);
