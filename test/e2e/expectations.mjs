// What the real-editor tests expect of the finished product on the seed article 000 (hand labels in
// ../shared/gold/seeds.gold.json). Positions are derived from the text, never written down.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const ARTICLE = '000_79964c0f4c3e9176.txt';
export const ARTICLE_PATH = join(FIXTURES, ARTICLE);

/** The misplaced tone mark the article's typo list starts with: `đối thọai` → `đối thoại`. */
export const TYPO = { context: 'đối thọai', wrong: 'thọai', right: 'thoại' };
/** An abbreviation whose hover spells it out. */
export const ABBREVIATION = { context: 'của UBND các', word: 'UBND', expansion: /(Ủy|Uỷ) ban nhân dân/i };
export const TITLE = 'Đắk Lắk: Hội nghị Tổng kết công tác dân vận';
export const OFFICIALS_GROUP = 'Officials';
export const OFFICIAL = 'Bùi Văn Cường';

/**
 * Where a word sits: 0-based line, UTF-16 column and byte column (what Neovim counts),
 * and the 1-based line/column VS Code shows.
 */
export function locate(text, context, word) {
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length; line++) {
    const at = lines[line].indexOf(context);
    if (at < 0) continue;
    const character = at + context.indexOf(word);
    return {
      line,
      character,
      endCharacter: character + word.length,
      byteCol: Buffer.byteLength(lines[line].slice(0, character), 'utf8'),
      byteEndCol: Buffer.byteLength(lines[line].slice(0, character + word.length), 'utf8'),
      lineText: lines[line],
      display: { line: line + 1, column: character + 1 },
    };
  }
  throw new Error(`“${context}” is not in the article`);
}

export function articleText() {
  return readFileSync(ARTICLE_PATH, 'utf8');
}
