// Clean article: removes every boilerplate block and residue, normalises to NFC, trims whitespace
// residue and collapses blank-line runs. Idempotent, and never removes a line the classifier counts
// as article content (title, byline, lead, body, captions).
import { ArticleText } from '../text/document';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { classify } from './classify';

function cleanOnce(text: string, settings: Settings): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  const doc = new ArticleText(body);
  const a = classify(doc, settings.boilerplate.extraHeaders);
  // keep the text's own line break: CRLF, LF, or a lone CR (old Mac files)
  const crlf = body.match(/\r\n/g)?.length ?? 0;
  const lf = (body.match(/\n/g)?.length ?? 0) - crlf;
  const cr = (body.match(/\r/g)?.length ?? 0) - crlf;
  const eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
  const endsWithBreak = /[\r\n]$/.test(body);

  // sub-line removals (caption counters, a date glued to the title), by line
  const cuts = new Map<number, Array<{ start: number; end: number }>>();
  for (const s of a.spans) {
    if (s.kind === 'whitespace') continue; // whitespace is trimmed below
    const list = cuts.get(s.line) ?? [];
    list.push(s.removal);
    cuts.set(s.line, list);
  }

  const out: string[] = [];
  for (const l of a.lines) {
    if (l.role === 'boilerplate' || l.role === 'metadata') continue;
    if (l.blank) {
      out.push('');
      continue;
    }
    let t = '';
    let pos = l.lineStart;
    for (const c of (cuts.get(l.index) ?? []).sort((x, y) => x.start - y.start)) {
      if (c.start < pos) continue;
      t += body.slice(pos, c.start);
      pos = c.end;
    }
    t += body.slice(pos, l.lineEnd);
    // whitespace residue: trailing spaces of any kind, leading runs that hold non-breaking spaces
    t = t.replace(/[\s\u200b\ufeff]+$/u, '');
    t = t.replace(/^[\s\u200b\ufeff]*[\u00a0\u2000-\u200b\u3000\ufeff][\s\u200b\ufeff]*/u, '');
    out.push(t);
  }

  // collapse blank runs to one blank line; none at the start or the end
  const kept: string[] = [];
  for (const line of out) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  const joined = kept.join(eol).normalize('NFC');
  return bom + joined + (endsWithBreak && joined ? eol : '');
}

/** The article without its boilerplate; cleanArticle(cleanArticle(x)) === cleanArticle(x). */
export function cleanArticle(text: string, settings: Settings = DEFAULT_SETTINGS): string {
  // one pass normally reaches the fixed point; a second guards the idempotence promise when removing
  // one block changes what its neighbours look like
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = cleanOnce(current, settings);
    if (next === current) break;
    current = next;
  }
  return current;
}
