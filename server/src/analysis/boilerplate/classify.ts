// Line and block classification of a scraped article: which lines are the article (title, byline,
// lead, body, captions, metadata) and which are what the scraper left (furniture blocks,
// duplicates, residue). Computed once per analysis and shared through ctx.memo by the
// boilerplate rules, the outline and the clean-up.
//
// The method scores SHAPE: length, function-word share, sentence punctuation, digits, phone and
// time patterns, capitalisation, position (before the title, after the body), repetition and the
// share of web-furniture vocabulary. Known header phrases are only a prior.
import type { RuleContext, TextEdit } from '../types';
import type { ArticleText } from '../text/document';
import { DATE, allDateWords, isRegexSpace, isSpace, lineNfc, measureLines, onlyDateWords, syllableCount, syllablesOf, furnitureMatch, TIME, type LineFeatures } from './lines';
import { nfcWithMap } from './nfc-map';
import { CREDIT_WORDS, KNOWN_HEADERS, PLAYER_WORDS, SECTION_WORDS, SOURCE_LABELS } from './vocabulary';
import { duplicateKey, findDuplicates } from './duplicates';
import { removeLinesEdit } from './edits';

export type BoilerplateKind =
  | 'related-news'
  | 'comment-form'
  | 'ad-contact'
  | 'visit-counter'
  | 'player-residue'
  | 'image-residue'
  | 'duplicate'
  | 'site-banner'
  | 'scrape-metadata'
  | 'whitespace';

export type LineRole = 'blank' | 'title' | 'byline' | 'lead' | 'body' | 'caption' | 'metadata' | 'boilerplate';

/** What a line looks like on its own, before its neighbours are considered. */
type LocalKind =
  | 'player'
  | 'dated-headline'
  | 'filename'
  | 'datetime'
  | 'source'
  | 'header'
  | 'inline-link'
  | 'contact'
  | 'footer'
  | 'counter'
  | 'number'
  | 'breadcrumb';

export interface LineInfo extends LineFeatures {
  /** A sentence-like paragraph line (long, punctuated). */
  prose: boolean;
  /** Could be a headline or title: short-ish, no final full stop. */
  titleShaped: boolean;
  /** A byline: a short name (Title Case or ALL CAPS), possibly with a credit prefix or an office after a dash. */
  bylineShaped: boolean;
  local?: LocalKind;
  role: LineRole;
  /** Set when role is boilerplate or metadata. */
  kind?: BoilerplateKind;
  /** For duplicates: the line kept instead. */
  dupOf?: number;
}

export interface BoilerplateBlock {
  kind: BoilerplateKind;
  firstLine: number;
  lastLine: number;
  /** The finding range: first line's content start to last line's content end. */
  start: number;
  end: number;
  /** Short description of what the block holds (its header, the copy it repeats). */
  what: string;
  /** For duplicates: the kept line. */
  dupOf?: number;
  /** Removes the lines with their breaks, leaving at most the blank gap that was already there. */
  removal: TextEdit;
}

/** Boilerplate inside a line that is otherwise content. */
export interface BoilerplateSpan {
  kind: 'image-residue' | 'scrape-metadata' | 'whitespace';
  what: 'caption-counter' | 'date-prefix' | 'trailing-space' | 'space-only-line';
  line: number;
  start: number;
  end: number;
  removal: TextEdit;
}

/** The dateline or source prefix of the lead (`BDK.VN –`, `(LĐ online) -`). */
export interface Dateline {
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface BoilerplateAnalysis {
  lines: LineInfo[];
  titleLine?: number;
  /** The title's range and text without a glued date prefix or a trailing colon-space. */
  title?: { text: string; start: number; end: number };
  leadLine?: number;
  dateline?: Dateline;
  blocks: BoilerplateBlock[];
  spans: BoilerplateSpan[];
}

const MEMO_KEY = 'boilerplate/analysis';

/** The classification of `doc`, computed once per analysis. */
export function classifyArticle(doc: ArticleText, ctx: RuleContext): BoilerplateAnalysis {
  const cached = ctx.memo.get(MEMO_KEY) as BoilerplateAnalysis | undefined;
  if (cached) return cached;
  const result = classify(doc, ctx.settings.boilerplate.extraHeaders);
  ctx.memo.set(MEMO_KEY, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Local shapes

/** A header phrase as compared: NFC, lower case, single spaces, without list marks before it or a colon after it. */
function normHeader(s: string): string {
  let h = lineNfc(s).toLowerCase();
  // (each replacement only where it has something to do: most lines have single spaces and end in a letter)
  if (hasSpaceToCollapse(h)) h = h.replace(/[\s\u00a0]+/g, ' ');
  if (h.length && headerTrailer(h.charCodeAt(h.length - 1))) h = h.replace(/[\s:：.…>»›|]+$/u, '');
  return h.replace(/^[\s>»›►•*|-]+/u, '').trim();
}

/** Whitespace other than single spaces: what /[\s]+/g would replace by a space and change. */
function hasSpaceToCollapse(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpace(c) && (c !== 0x20 || (i + 1 < text.length && isRegexSpace(text.charCodeAt(i + 1))))) return true;
  }
  return false;
}

/** The class [\s:：.…>»›|] normHeader trims at the end. */
function headerTrailer(c: number): boolean {
  return isRegexSpace(c) || c === 0x3a || c === 0xff1a || c === 0x2e || c === 0x2026 || c === 0x3e || c === 0xbb || c === 0x203a || c === 0x7c;
}

/** What normHeader may take away of a text besides whitespace: the marks it trims at either end. */
function headerTrimmed(c: number): boolean {
  return c === 0x3a || c === 0xff1a || c === 0x2e || c === 0x2026 || c === 0x3e || c === 0xbb || c === 0x203a || c === 0x7c || c === 0x25ba || c === 0x2022 || c === 0x2a || c === 0x2d; // : ： . … > » › | ► • * -
}

/**
 * Whether normHeader(text) is surely longer than `max`, read without making it: it keeps every
 * character that is neither whitespace nor a trimmed mark (the text is NFC already, and lower case
 * is never shorter, nor whitespace or a mark), so that many of them are a lower bound of its length.
 */
function headerLongerThan(text: string, max: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !headerTrimmed(c) && ++kept > max) return true;
  }
  return false;
}

const SITE_NAME = /^(?:cổng thông tin|trang thông tin|trang tin|báo điện tử|tạp chí điện tử)(?=\s|$)|(?:^|\s)(?:điện tử|online)$|^(?:www\.)?[\p{L}\p{N}-]+\.(?:vn|com|net|org)(?:\.vn)?$/iu;
// a paper's masthead line: whose voice it is (`Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh X`,
// `Tiếng nói của …`, `Cơ quan ngôn luận của …`, `Diễn đàn của …`)
// (`Báo` before a capital: `- Báo cáo tổng kết` is part of a title)
const TITLE_SITE_SUFFIX = /\s+[|｜]\s+[^|｜]{2,40}$|\s+[-–—]\s+(?:(?:[Bb]áo|BÁO|[Tt]ạp chí|[Cc]ổng thông tin)\s+(?:điện tử\s+)?\p{Lu}.{0,40}|(?:www\.)?[\p{L}\p{N}-]+\.(?:vn|VN|com|net|org)(?:\.vn)?)$/u;
const MASTHEAD = /^(?:cơ\s+quan(?:\s+ngôn\s+luận)?|tiếng\s+nói|diễn\s+đàn|cơ\s+quan\s+thông\s+tin)\s+(?:của|thuộc)\s+\S/iu;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|heic|avif)$/iu;
const PLAYER_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const BREADCRUMB_SEP = /\s[>»›/]\s|\s?[»›]\s?/gu;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|bản quyền|giấy phép (?:số|xuất bản|hoạt động)|ghi rõ nguồn/iu;
// a piece that each alternative of COPYRIGHT holds, in any case: a quick first test (most lines
// have none; the unicode case-insensitive alternation tries every position)
const COPYRIGHT_HINT = /[©(]|right|ản q|ấy p|õ n/i;
// the marks of a notice, unlike `bản quyền` (copyright), which a story may talk about
const COPYRIGHT_MARK = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|giấy phép (?:số|xuất bản|hoạt động)|ghi rõ nguồn/iu;
const COPYRIGHT_OWNER = /^bản\s+quyền\s+(?:thuộc|©|\(c\)|\d{4})(?!\p{L})/iu;
// a site's own notice, however long its sentence: it opens with the mark and names the site, or
// forbids copying without the site's consent
const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright|bản\s+quyền\s+(?:thuộc|©|\(c\)|\d{4}))(?!\p{L}).{0,80}(?<!\p{L})(?:báo|tạp\s+chí|website|trang\s+(?:web|tin|thông\s+tin)|cổng\s+thông\s+tin|đài|[\p{L}\p{N}-]+\.(?:vn|com|net|org))(?!\p{L})|(?<!\p{L})(?:cấm|không\s+được|nghiêm\s+cấm)\s+(?:sao\s+chép|sao\s+lưu|đăng\s+lại|phát\s+hành\s+lại|sử\s+dụng\s+lại).{0,80}(?<!\p{L})(?:chấp\s+thuận|đồng\s+ý|cho\s+phép)(?!\p{L})/iu;
const DATE_PREFIX = /^[\s\u00a0]*(?:(?:date|posted|published|updated|ngày)[\s\u00a0:]+)?\d{4}-\d{1,2}(?:-\d{1,2})?(?:[T\s\u00a0]\d{1,2}:\d{2}(?::\d{2})?)?[\s\u00a0]+(?=\p{L})/iu;
const CAPTION_COUNTER = /(?<=[.!?…"”)])([\s\u00a0]+)(ảnh|hình|photo|image)[\s\u00a0]*\d{1,2}[\s\u00a0]*$/u;
// the same counter after a caption with no full stop (`Toàn cảnh buổi lễ ảnh 2`), unless a word
// that counts pictures comes before it (`bức ảnh 2`, `xem hình 3`)
const BARE_CAPTION_COUNTER = /(?<![.!?…"”)]|(?:^|[\s\u00a0])(?:bức|tấm|bộ|tập|số|xem|theo|tại|ở|trong|như|các|những|và))([\s\u00a0]+)(ảnh)[\s\u00a0]*\d{1,2}[\s\u00a0]*$/iu;
const CREDIT_PREFIX = /^(?:(?:tin|bài|ảnh|video|clip|thực hiện|nhóm pv|pv|ctv|tác giả)(?:\s*(?:,|và|\+|&|-|\/)\s*(?:tin|bài|ảnh|video|clip))*\s*[:：]\s*)/iu;
// a place or the paper's mark, and perhaps the agency in brackets: `TPO -`, `HÀ NỘI (TTXVN) -`
const DATELINE = /^(\(?[\p{Lu}\p{N}][\p{L}\p{N}.&]*(?:[ .][\p{L}\p{N}.&]+){0,2}\)?(?:\s*\(\p{Lu}[\p{L}\p{N}.&/]{1,15}\))?)\s*[-–—]\s*(?=\p{L})/u;

// what an embedded player shows while it loads or when it cannot play (`Video đang được xử lý...`)
const PLAYER_STATUS = /^(?:(?:video|audio|clip)\s+)?(?:đang\s+(?:được\s+)?(?:xử\s+lý|tải)(?:\s+(?:video|audio|dữ\s+liệu))?|loading)\s*(?:\.{2,}|…)?$|trình\s+duyệt\s+(?:của\s+bạn\s+)?không\s+hỗ\s+trợ\s+(?:video|audio|html5|phát)|your\s+browser\s+does\s+not\s+support\s+the\s+(?:video|audio)/iu;

// a site's cookie notice (it speaks to the reader about this site: news about cookies does not),
// and an invitation to install its app. Word edges by letters: \b knows only ASCII (đ, ý, ị).
const COOKIE_NOTICE = /(?<!\p{L})cookies?(?!\p{L}).{0,200}(?<!\p{L})(?:sử\s+dụng|chấp\s+nhận|đồng\s+ý|chính\s+sách|use|accept|policy|consent)(?!\p{L})|(?<!\p{L})(?:sử\s+dụng|chấp\s+nhận|đồng\s+ý|use|accept)(?!\p{L}).{0,200}(?<!\p{L})cookies?(?!\p{L})/iu;
const TO_THE_READER = /(?<!\p{L})(?:bạn|quý\s+vị|you|your)(?!\p{L}).{0,200}(?<!\p{L})(?:website|trang\s+web|trang\s+này|trang\s+tin|chúng\s+tôi|our\s+site|this\s+site)(?!\p{L})|(?<!\p{L})(?:website|trang\s+web|chúng\s+tôi|we)(?!\p{L}).{0,200}(?<!\p{L})(?:bạn|quý\s+vị|you|your)(?!\p{L})/iu;
// the site calling on its readers to write or call (`Bạn đọc có thắc mắc xin gửi về …`, `Mọi ý kiến
// xin gửi về …`, `Quý độc giả có nhu cầu … liên hệ …`)
const READER_CALL = /^(?:(?:quý\s+)?(?:bạn\s+đọc|độc\s+giả)|mọi\s+(?:thắc\s+mắc|ý\s+kiến|câu\s+hỏi|thông\s+tin))(?!\p{L}).{0,120}(?<!\p{L})(?:xin\s+gửi|gửi\s+(?:câu\s+hỏi|thư|bài\s+viết|bài)|xin\s+liên\s+hệ)(?!\p{L}).{0,80}(?<!\p{L})(?:hộp\s+thư|email|e-mail|địa\s+chỉ|tòa\s+soạn|toà\s+soạn|chuyên\s+mục|ban\s+biên\s+tập)(?!\p{L})/iu;
// what only the site's own footer says: who owns it, who edits it, its licence and copyright
const SITE_OWNER_MARK = /(?<!\p{L})(?:chủ\s+quản|tổng\s+biên\s+tập|tòa\s+soạn|toà\s+soạn|giấy\s+phép|bản\s+quyền|copyright)(?!\p{L})|©/iu;
const LIVE_BUTTON = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}]{1,10}\s+[-–|:]\s+)?(?:xem\s+)?(?:trực\s+tiếp|live)$/iu;
const APP_INVITE = /^(?:tải|cài\s+đặt|download|get)(?!\p{L}).{0,80}(?<!\p{L})(?:app\s*store|google\s+play|ch\s*play)(?!\p{L})/iu;

// the site inviting its readers to its own channels (`Mời quý độc giả theo dõi … trên TV Online!`,
// `Mời bạn đọc đón xem … tại kênh YouTube của báo`)
const READER_INVITE = /^mời\s+(?:quý\s+)?(?:bạn\s+đọc|độc\s+giả|khán\s+giả|thính\s+giả|quý\s+vị|các\s+bạn|bạn)\s+(?:cùng\s+)?(?:theo\s+dõi|đón\s+(?:xem|đọc|nghe)|xem|đọc|nghe|tải|truy\s+cập|đăng\s+ký).{0,150}(?<!\p{L})(?:trên|tại|qua)\s+(?:(?:ứng\s+dụng|app|kênh|fanpage|trang|chuyên\s+trang|nền\s+tảng|website)(?!\p{L})|.{0,40}(?<!\p{L})(?:online|youtube|facebook|zalo|tiktok|google\s+news|app\s*store|google\s+play)(?!\p{L}))/iu;
// an attached document (`Tệp đính kèm: Công văn số 12.pdf`, `Tải về: Kế hoạch.docx`)
const ATTACHMENT = /^(?:(?:tệp|file|tập\s+tin|tài\s+liệu|văn\s+bản)\s+đính\s+kèm|tải\s+(?:về|xuống)|download|attachment)\s*[:：]|\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)$/iu;
// `Theo dõi Báo X trên Google News`, `Follow us on Facebook`: a follow button
// the same button broken over two lines (`Theo dõi chúng tôi trên` / `Google News`)
const FOLLOW_OPEN = /^(?:theo\s+dõi|follow)(?:\s.{0,40})?\s(?:trên|tại|qua|on)$/iu;
const FOLLOW = /^(?:theo\s+dõi|follow|đăng\s+ký\s+kênh|subscribe)\s.{0,60}\s(?:trên|on)\s+(?:google\s+news|facebook|zalo|youtube|tiktok|twitter|instagram|telegram)\.?$/iu;

const PLAYBACK_SPEED = /^\d(?:[.,]\d+)?x$/i; // 1.5x

/** A player's items split at whitespace, `/` and `|` (as /[\s/|]+/u splits). */
function isPlayerSeparator(c: number): boolean {
  return c === 0x2f || c === 0x7c || isRegexSpace(c);
}

/**
 * The items of a line that may be a player's (time codes, speeds, player words), or undefined as
 * soon as one item is none of these or there are more than eight (most lines: at the first item).
 */
function playerItems(text: string): string[] | undefined {
  const items: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (isPlayerSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !isPlayerSeparator(text.charCodeAt(j))) j++;
    const item = text.slice(i, j);
    if (items.length === 8 || !(PLAYER_TIME.test(item) || PLAYBACK_SPEED.test(item) || PLAYER_WORDS.has(item.toLowerCase()))) return undefined;
    items.push(item);
    i = j;
  }
  return items;
}

function isPlayer(f: LineFeatures): boolean {
  if (f.words.length <= 14 && PLAYER_STATUS.test(f.text)) return true;
  const parts = playerItems(f.text);
  if (!parts?.length) return false;
  let times = 0;
  let speeds = 0;
  for (const p of parts) {
    if (PLAYER_TIME.test(p)) times++;
    else if (PLAYBACK_SPEED.test(p)) speeds++;
  }
  // a speed menu on its own line (`1x`, `0.5x 1x 1.5x 2x`): nothing else writes a bare `1x`
  if (speeds === parts.length) return true;
  // `Nghe bài viết`: a listen button without its time codes
  if (!times) return parts.length <= 4 && parts.some((p) => /^(?:nghe|audio)$/iu.test(p));
  // a lone clock time is a posting time, not a player, unless it is the zero a player starts at
  return times >= 2 || /^0?0:00/.test(f.text) || parts.length > 1;
}

/** A header: short, no sentence, made of furniture words (or a known header / a user phrase, `extra`, normalised). */
function headerOf(f: LineFeatures, extra: readonly string[]): boolean {
  if (headerLongerThan(f.text, 60)) return false; // most lines: no need to normalise them
  const h = normHeader(f.text);
  if (!h || h.length > 60) return false;
  // `Trả lời:` / `Đáp:` alone on its line opens the answer of a Q&A column, not a reply button
  if (f.endsColon && INTERVIEW_TURN.test(f.text)) return false;
  if (KNOWN_HEADERS.includes(h) || extra.includes(h)) return true;
  const syllables = syllableCount(h); // (a bracketed count `(12)` holds none)
  if (!syllables || syllables > 8) return false;
  // numbers are content, except bare counts on a widget of share and comment buttons (`Thích 12 Chia sẻ`)
  if (/\d/.test(h.replace(/\(\d+\)/g, '')) && !(f.furnitureShare >= 0.99 && f.furnitureClass === 'comment' && syllables <= 6 && /^[\p{L}\s\d]+$/u.test(h))) return false;
  if (f.endsSentence && !/…$/.test(f.text)) return false;
  if (!f.furnitureAnchors) return false;
  // all furniture (`Video`, `Tin trong nước`), or from three syllables two thirds furniture with at
  // least two syllables of list or widget words (`Viết phản hồi`), so a subheading such as
  // `Những điểm mới` or `Những con số nổi bật` stays content
  if (f.furnitureShare >= 0.99) return true;
  return syllables >= 3 && f.furnitureShare >= 0.66 && f.furnitureAnchors >= 2;
}

/** `Xem thêm: <headline>` — a header phrase and a linked headline on one line. */
function inlineLinkOf(f: LineFeatures, extra: readonly string[]): boolean {
  const m = /^[\s>»›►•*]*([^:：]{2,40})[:：]\s*(\S.{5,})$/u.exec(f.text);
  if (!m) return false;
  const head = normHeader(m[1]);
  const known = KNOWN_HEADERS.includes(head) || extra.includes(head);
  const syl = syllablesOf(head);
  const fm = furnitureMatch(syl);
  // one word before the colon is a credit or a caption label (`Ảnh: …`, `Video: …`), not a link,
  // except for tags
  const headerLike = known || /^tags?$/.test(head) || (syl.length >= 2 && syl.length <= 5 && fm.anchors > 0 && fm.matched / syl.length >= 0.99 && fm.cls === 'news');
  // the text after the colon is a headline (a byline `Tin, ảnh: Thu Huyền` is a name instead)
  const linked = syllableCount(m[2]);
  return headerLike && linked >= 4 && linked <= 40;
}

const MEDIA_LABEL = /^(?:video|clip|ảnh|hình ảnh|photo|infographic|podcast|audio|emagazine|longform|multimedia)$/iu;
// a photo caption's credit at its end: `… Ảnh: Quỳnh Trần`, `(Ảnh: TTXVN)`, `- Ảnh: ĐỨC PHÚ`
const PHOTO_CREDIT = /(?:^|[\s.(–-])(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|nguồn|photo)\s*[:：]\s*[^:：]{1,40}\)?\.?$/iu;
const MEDIA_CAPTION = /^(?:video|clip|audio|podcast)\s*[:：]/iu;
// a posting time after a byline's name: `- 12:05 12/12/2024`, `| 25/10/2024 | 10:30`
const BYLINE_TIME = /\s*[-–—|·,]\s*(?=[^-–—|·,]*\d)[^\p{Lu}]*(?:\d{1,2}[:/.h]\d{1,2}|\d{4})[^\p{Lu}]*$/u;
// how long the article takes to read: `5 phút đọc`, `Thời gian đọc: 3 phút`, `4 min read`
const READING_TIME = /^(?:(?:thời\s+gian\s+)?đọc(?:\s+trong)?\s*[:：]?\s*)?(?:khoảng\s+)?\d{1,2}\s*(?:phút|min|mins|minutes)(?:\s+(?:để\s+)?đọc|\s+read)?$/iu;
const INTERVIEW_TURN = /^(?:PV|P\.V|Phóng viên|Hỏi|Đáp|Trả lời)\s*[:：]/u;
const LIST_ITEM = /^(?:[-–+•*▪●◦]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)/u;
const HOME_PAGE = /^(?:trang chủ|trang nhất|home|homepage)$/iu;

function isBreadcrumb(f: LineFeatures): boolean {
  if (f.endsSentence || f.words.length > 16 || !/\p{L}/u.test(f.text)) return false;
  const parts = f.text.split(BREADCRUMB_SEP).map((s) => s.trim()).filter(Boolean);
  // two parts only with an arrow-like separator or from the home page (`Trang chủ / Kinh tế`)
  if (parts.length < 3 && !(parts.length === 2 && (/[»›>]/u.test(f.text) || HOME_PAGE.test(parts[0])))) return false;
  // from the home page, a section may have a longer name (`Trang chủ / Tin tức / Hoạt động của lãnh đạo tỉnh`)
  const most = HOME_PAGE.test(parts[0]) ? 8 : 5;
  return parts.every((p) => /\p{L}/u.test(p) && syllableCount(p) <= most && !/\d{3,}/.test(p));
}

/** A section name (`An ninh trật tự`, `Khoa học - Công nghệ`): up to six syllables, all of section vocabulary. */
function sectionLabel(f: LineFeatures): boolean {
  if (f.words.length > 7 || f.endsSentence || /[\d:：]/u.test(f.text) || !/^\p{Lu}/u.test(f.text)) return false;
  const syl = syllablesOf(f.text);
  if (!syl.length || syl.length > 6 || syl[0] === 'và' || syl[syl.length - 1] === 'và') return false;
  return syl.every((w) => SECTION_WORDS.has(w) || w === 'và');
}

function isCounterLabel(f: LineFeatures): boolean {
  return f.endsColon && f.words.length >= 1 && f.words.length <= 4 && f.numbers === 0;
}

function isNumberOnly(f: LineFeatures): boolean {
  return /^[\d.,\s]+$/u.test(f.text);
}

/** Name shape: 2–5 syllables, each capitalised (or the whole in capitals), no function words. */
function nameShaped(text: string): boolean {
  const words = text.split(/[\s\u00a0]+/u).filter(Boolean);
  if (words.length < 1 || words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}\p{M}'.]*$/u.test(w) || /^[\p{Lu}]{2,}\.?$/u.test(w));
}

function bylineShaped(f: LineFeatures): boolean {
  if (f.endsSentence || f.words.length === 0 || f.words.length > 14) return false;
  // `Ngọc An - 12:05 12/12/2024`: the posting time after the name
  const dated = f.numbers > 0 ? BYLINE_TIME.exec(f.text) : null;
  if (f.numbers > 0 && !(dated && allDateWords(syllablesOf(dated[0].replace(/\d[\d/:.\-+]*/g, ' '))))) return false;
  // `(Theo TTXVN)`, `Thu Hà (tổng hợp)`: brackets around or after the name
  // (brackets around the whole line go; a bracket after the name goes with what it holds)
  // (each pattern tried only on a line with its bracket: the second one would try every position)
  let t = dated ? f.text.slice(0, dated.index) : f.text;
  if (t.startsWith('(')) t = t.replace(/^\((.*)\)$/u, '$1');
  if (t.endsWith(')')) t = t.replace(/\s*\([^)]{1,30}\)$/u, '');
  const credit = CREDIT_PREFIX.exec(t);
  if (credit) t = t.slice(credit[0].length);
  // `Tác giả: Phòng Văn hóa và Thông tin`: an office may sign as the author
  if (credit && /^tác giả/iu.test(credit[0]) && /^\p{Lu}/u.test(t) && syllableCount(t) <= 10) return true;
  // (Theo TTXVN), Theo báo Nhân Dân; not a follow button (`Theo dõi chúng tôi trên`)
  else if (/^theo\s/iu.test(t)) return syllableCount(t) <= 8 && /^theo\s+(?:(?:báo|tạp\s+chí|trang|đài|cổng|kênh)\s+)?[\p{Lu}\p{N}]/u.test(t.replace(/^T/, 't'));
  // `Name – office`, `Name, office`: the name comes first
  const [name, ...rest] = t.split(/\s+[-–—|]\s+|,\s*/u);
  if (!nameShaped(name.trim())) return false;
  const nameSyl = syllablesOf(name);
  if (nameSyl.length < (credit ? 1 : 2) && !/^[\p{Lu}]{2,}$/u.test(name.trim())) return false;
  if (!credit && nameSyl.every((w) => CREDIT_WORDS.has(w))) return false;
  return rest.join(' ').split(/\s+/).filter(Boolean).length <= 10;
}

/** What a line is on its own; `extra`: the user's header phrases, normalised. */
function localKind(f: LineFeatures, extra: readonly string[]): LocalKind | undefined {
  if (f.blank || f.words.length > 40) return undefined; // widgets are short; paragraphs are not
  if (isPlayer(f)) return 'player';
  if ((IMAGE_FILE.test(f.text) && f.words.length <= 40) || /^(?:ảnh|hình|photo|image)\s*\d{1,2}(?:\s*\/\s*\d{1,3})?$/iu.test(f.text)) return 'filename';
  if ((f.hasTime || f.hasDate) && !f.endsSentence && onlyDateWords(f)) return 'datetime';
  if (f.words.length <= 6 && READING_TIME.test(f.text) && /(?<!\p{L})(?:đọc|read)(?!\p{L})/iu.test(f.text)) return 'datetime';
  const bar = barKind(f);
  if (bar) return bar;
  // most lines have no colon, which the label patterns below need
  const colon = f.text.includes(':') || f.text.includes('：');
  const label = colon ? /^([^:：]{2,20})[:：]\s*\S/u.exec(f.text) : null;
  if (label && SOURCE_LABELS.has(normHeader(label[1])) && f.words.length <= 10) return 'source';
  if ((f.words.length <= 60 && /cookie/i.test(f.text) && COOKIE_NOTICE.test(f.text) && TO_THE_READER.test(f.text)) || (APP_INVITE.test(f.text) && f.words.length <= 25)) return 'footer';
  if (f.words.length <= 40 && /^mời/iu.test(f.text) && READER_INVITE.test(f.text)) return 'footer';
  // `bản quyền` alone is a notice only as its owner line (`Bản quyền thuộc UBND tỉnh X`): a headline
  // or a story may speak of copyright
  if (
    COPYRIGHT_HINT.test(f.text) && COPYRIGHT.test(f.text) && f.words.length <= 40 &&
    (COPYRIGHT_NOTICE.test(f.text) || (COPYRIGHT_MARK.test(f.text) && !(f.endsSentence && f.funcShare > 0.2 && f.words.length > 15)) || (COPYRIGHT_OWNER.test(f.text) && f.words.length <= 15))
  ) return 'footer';
  if (f.hasPhone && f.words.length <= 25 && (!f.endsSentence || f.words.length <= 12)) return 'contact';
  if (f.hasUrlOrEmail && f.furnitureClass === 'ad' && f.words.length <= 15 && !f.endsSentence) return 'contact';
  // the site asking its readers to write to it: `Mời bạn đọc gửi ý kiến cho chúng tôi qua email …`
  if (f.hasUrlOrEmail && f.words.length <= 30 && TO_THE_READER.test(f.text)) return 'contact';
  // the column's standing call for letters: `Bạn đọc có thắc mắc … xin gửi về hộp thư … hoặc gọi …`
  // (an e-mail address to write to: a hotline alone may be a hospital's the story gives)
  if (f.hasUrlOrEmail && f.words.length <= 45 && READER_CALL.test(f.text)) return 'contact';
  // `Tổng biên tập: …`, `Địa chỉ: …`, `Điện thoại: …`: a site footer's labelled lines
  if (label && f.words.length <= 20 && !f.endsSentence) {
    const labelSyllables = syllablesOf(label[1]);
    const fm = furnitureMatch(labelSyllables);
    if (fm.cls === 'ad' && fm.matched === labelSyllables.length) return 'contact';
  }
  if (isNumberOnly(f)) return 'number';
  // a live-stream button: `Trực tiếp`, `Xem trực tiếp`, `VTV1 - Trực tiếp`
  if (f.words.length <= 5 && LIVE_BUTTON.test(f.text)) return 'header';
  if (headerOf(f, extra) || (f.words.length <= 14 && (FOLLOW.test(f.text) || FOLLOW_OPEN.test(f.text)))) return f.furnitureClass === 'counter' ? 'counter' : 'header';
  if (colon && f.words.length <= 4 && f.furnitureClass === 'counter' && /^[^:：]{2,30}[:：]\s*[\d.,]+$/u.test(f.text)) return 'counter';
  if ((colon && inlineLinkOf(f, extra)) || (f.words.length <= 25 && !f.endsSentence && ATTACHMENT.test(f.text))) return 'inline-link';
  if (isBreadcrumb(f)) return 'breadcrumb';
  // `» Headline`: a link marker before a headline
  if (/^(?:»|›|►|▶|>>|→)\s*\S/u.test(f.text) && f.words.length >= 3 && !/\.$/.test(f.text)) return 'inline-link';
  // `Headline (04/03/2022)`: a listed headline with its date
  if (f.words.length >= 4 && DATED_HEADLINE.test(f.text) && !/[.;,]\s*[([–-]/u.test(f.text)) return 'dated-headline';
  return undefined;
}

const DATED_HEADLINE = /(?:\(\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\)|\[\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\]|\s[-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/u;

const BAR_SEPARATOR = /[|•·]/;

/**
 * A bar of short widget items separated by `|`, `•` or `·`: `In trang | Gửi email | Về đầu`,
 * `Ngày đăng: 05/03/2022 | Lượt xem: 1.215`. At most one item may be unrecognised.
 */
function barKind(f: LineFeatures): 'datetime' | 'header' | undefined {
  if (!BAR_SEPARATOR.test(f.text)) return undefined; // one item: no bar
  const parts = f.text.split(/\s*[|•·]\s*/u).filter((p) => p.trim());
  if (parts.length < 2) return undefined;
  // a menu of section names: `Trang chủ | Chính trị | Kinh tế | Xã hội`
  if (widgetMenu(parts) || sectionMenu(parts)) return 'header';
  let dates = 0;
  let widgets = 0;
  let unknown = 0;
  for (const p of parts) {
    const syl = syllablesOf(p);
    if (syl.length > 6) return undefined;
    const rest = syllablesOf(p.replace(/\d[\d/:.\-+]*/g, ' '));
    if ((TIME.test(p) || DATE.test(p)) && allDateWords(rest)) dates++;
    else if (!rest.length) continue; // a bare count
    else {
      const fm = furnitureMatch(rest);
      if (fm.anchors && fm.matched / rest.length >= 0.5) widgets++;
      else if (syl.length <= 3) unknown++;
      else return undefined;
    }
  }
  if (unknown > 1 || dates + widgets < 2 - unknown || dates + widgets <= unknown) return undefined;
  return dates >= widgets ? 'datetime' : 'header';
}

/** `Trang chủ | Chính trị | Kinh tế | Xã hội`: short capitalised items, one of them a widget word. */
function widgetMenu(parts: string[]): boolean {
  return parts.length >= 4 && parts.every((p) => syllableCount(p) <= 3 && /^\p{Lu}/u.test(p.trim())) && parts.some((p) => furnitureMatch(syllablesOf(p)).anchors > 0);
}

/**
 * A menu with longer section names (`Truyền hình trực tiếp`) or none of the widget words
 * (`Bất động sản | Thị trường | Dự án | Nhà đẹp`): at least half its items are section names. A
 * table's header row may look the same, so it counts only before the article or after its byline.
 */
function sectionMenu(parts: string[]): boolean {
  if (!(parts.length >= 4 && parts.every((p) => syllableCount(p) <= 4 && /^\p{Lu}/u.test(p.trim()) && !/\d/.test(p)))) return false;
  const sections = parts.filter((p) => syllablesOf(p).every((w) => SECTION_WORDS.has(w) || w === 'và')).length;
  return sections * 2 >= parts.length || (sections >= 1 && parts.some((p) => furnitureMatch(syllablesOf(p)).anchors > 0));
}

const barParts = (f: LineFeatures) => f.text.split(/\s*[|•·]\s*/u).filter((p) => p.trim());

function kindOfLocal(l: LineInfo): BoilerplateKind | undefined {
  switch (l.local) {
    case 'player':
      return 'player-residue';
    case 'filename':
      return 'image-residue';
    case 'datetime':
    case 'source':
      return 'scrape-metadata';
    case 'header':
      return l.furnitureClass === 'comment' ? 'comment-form' : l.furnitureClass === 'ad' ? 'ad-contact' : 'related-news';
    case 'inline-link':
    case 'dated-headline':
    case 'breadcrumb':
      return 'related-news';
    case 'contact':
    case 'footer':
      return 'ad-contact';
    case 'counter':
    case 'number':
      return 'visit-counter';
    default:
      return undefined;
  }
}

/** Whether the last character of `text` is one of `chars` (a regex ending in `[…]$` scans the whole text). */
const endsWithOneOf = (text: string, chars: string) => text.length > 0 && chars.includes(text[text.length - 1]);

// ---------------------------------------------------------------------------------------------

export function classify(doc: ArticleText, extraHeaders: readonly string[] = []): BoilerplateAnalysis {
  const extra = extraHeaders.map(normHeader);
  const nonBlank: number[] = [];
  const lines = measureLines(doc, (info) => {
    if (!info.blank) nonBlank.push(info.index);
    info.prose = !info.blank && ((info.words.length >= 15 && info.endsSentence) || info.words.length >= 45);
    info.titleShaped = !info.blank && info.words.length >= 2 && info.words.length <= 50 && !endsWithOneOf(info.text, '.;,') && /^["“'(]?[\p{Lu}\p{N}]/u.test(info.text.replace(DATE_PREFIX, ''));
    info.bylineShaped = !info.blank && bylineShaped(info);
    info.local = localKind(info, extra);
  });
  // position of each line among the non-blank ones (-1 for a blank line), for neighbour look-ups in constant time
  const rank = new Int32Array(lines.length).fill(-1);
  nonBlank.forEach((i, k) => (rank[i] = k));
  const nextOf = (i: number): LineInfo | undefined => {
    const k = rank[i];
    return k < 0 ? undefined : lines[nonBlank[k + 1]];
  };
  const prevOf = (i: number): LineInfo | undefined => {
    const k = rank[i];
    return k < 0 ? undefined : lines[nonBlank[k - 1]];
  };
  const mark = (l: LineInfo, kind: BoilerplateKind, role: LineRole = 'boilerplate') => {
    l.role = role;
    l.kind = kind;
  };

  // counters: `Label:` lines paired with number lines (`Hôm nay:` / `2331`) are a counter
  for (const l of lines) {
    if (l.local !== undefined || l.blank || !isCounterLabel(l)) continue;
    const n = nextOf(l.index);
    if (n && n.local === 'number') l.local = 'counter';
  }
  for (const l of lines) {
    if (l.local !== 'number') continue;
    const prev = prevOf(l.index);
    if (!(prev && prev.local === 'counter')) l.local = undefined; // a number alone is nothing yet
  }

  // ---- head: banner, title, metadata before the lead
  // a headline-like line (`Video: …`, `Tin (12/3)`) may be the title itself when nothing precedes it
  const furnitureBeforeTitle = (l: LineInfo) => (l.local !== undefined && l.local !== 'dated-headline' && l.local !== 'inline-link') || l.wsOnly;
  let titleLine: number | undefined;
  let listHeader: LineInfo | undefined; // a news-list header seen before the title (a sidebar)
  for (const i of nonBlank) {
    const l = lines[i];
    if (l.local === 'header' && l.furnitureClass === 'news') listHeader ??= l;
    if (furnitureBeforeTitle(l)) continue;
    const after = nonBlank.filter((x) => x > i).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x));
    // the page's <title> before the heading: the title again with the site's name after a
    // separator (`Title - Báo X` / `Title`)
    if (after && after.titleShaped && !after.prose) {
      const a = l.text.normalize('NFC').toLowerCase().trim();
      const b = after.text.normalize('NFC').toLowerCase().trim();
      const rest = a.slice(b.length);
      if (b.length >= 12 && a.length > b.length && a.startsWith(b) && /^\s*[-–—|:]\s*\S/u.test(rest) && syllablesOf(rest).length <= 6 && !/[.!?]$/u.test(rest)) {
        mark(l, 'site-banner');
        continue;
      }
    }
    // an all-caps slogan or site name before a real title is a banner
    if (l.allCaps && after && after.titleShaped && !after.prose && after.words.length >= 4) {
      // two capitalised lines: the first is the banner when the second is followed by the article
      const afterNext = after.allCaps ? nonBlank.filter((x) => x > after.index).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x)) : undefined;
      if (!after.allCaps || (afterNext && (afterNext.prose || afterNext.bylineShaped))) {
        mark(l, 'site-banner');
        continue;
      }
    }
    // the site's name before the title (`Cổng thông tin điện tử huyện X`, `Baoxyz.vn`), possibly
    // with a section label between them (`Báo X điện tử` / `Thời sự` / title)
    const shortLabel = (x: LineInfo) => !x.prose && !x.bylineShaped && (x.words.length <= 3 || sectionLabel(x)) && !/[:：]$/.test(x.text);
    const afterLabels = () => nonBlank.filter((x) => x > i).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x) && !shortLabel(x));
    const siteName = ((SITE_NAME.test(l.text) && l.words.length <= 12) || (MASTHEAD.test(l.text) && l.words.length <= 24)) && !l.endsSentence ? afterLabels() : undefined;
    if (siteName && siteName.titleShaped && !siteName.prose && !siteName.bylineShaped && siteName.words.length >= 4) {
      mark(l, 'site-banner');
      continue;
    }
    // a short section label before a longer title (`Thời sự` / `Title`) is site navigation
    // (after a section name a short title will do: `Thể thao` / `Tường thuật: Việt Nam 2-0 Indonesia`)
    if (!l.prose && (l.words.length <= 3 || sectionLabel(l)) && !l.bylineShaped && after && after.titleShaped && !after.prose && after.words.length >= (sectionLabel(l) ? 4 : 6) && !/[:：]$/.test(l.text)) {
      const afterNext = nonBlank.filter((x) => x > after.index).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x));
      if (afterNext && (afterNext.prose || afterNext.bylineShaped)) {
        mark(l, 'site-banner');
        continue;
      }
    }
    // a section path written as a bar (`Hỏi đáp chính sách | Bảo hiểm xã hội`) before a longer title
    const barItems = l.text.split(/\s+[|｜]\s+/u);
    if (barItems.length >= 2 && barItems.length <= 3 && barItems.every((p) => /^\p{Lu}/u.test(p) && syllablesOf(p).length <= 5 && !/[\d.,;:!?]/u.test(p)) && after && after.titleShaped && !after.prose && after.words.length >= 6) {
      const afterNext = nonBlank.filter((x) => x > after.index).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x));
      if (afterNext && (afterNext.prose || afterNext.bylineShaped || afterNext.words.length >= 12)) {
        mark(l, 'site-banner');
        continue;
      }
    }
    // a menu of section names one per line (`Thời sự` / `Kinh tế` / `Xã hội` / title / lead)
    if (sectionLabel(l) && !l.bylineShaped) {
      const next = nonBlank.filter((x) => x > i).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x) && !sectionLabel(x));
      const afterNext = next && nonBlank.filter((x) => x > next.index).map((x) => lines[x]).find((x) => !furnitureBeforeTitle(x));
      if (next && next.titleShaped && !next.prose && next.words.length >= 6 && afterNext && (afterNext.prose || afterNext.bylineShaped)) {
        mark(l, 'site-banner');
        continue;
      }
    }
    if (l.prose && l.words.length >= 40) break; // no title: the text starts with its lead
    titleLine = i;
    break;
  }
  // a sidebar list before the article (`Tin nổi bật` / headlines / Title / lead): the title is the
  // last headline before the lead, the ones above it belong to the list
  if (listHeader && titleLine !== undefined) {
    let last = titleLine;
    for (const i of nonBlank) {
      if (i <= titleLine) continue;
      const l = lines[i];
      if (l.prose || l.bylineShaped || l.local === 'datetime') break;
      if (furnitureBeforeTitle(l)) continue;
      if (l.titleShaped && l.words.length >= 4) last = i;
      else break;
    }
    if (last !== titleLine) {
      for (const i of nonBlank) if (i >= listHeader.index && i < last && lines[i].role === 'body') mark(lines[i], kindOfLocal(lines[i]) ?? 'related-news');
      titleLine = last;
    }
  }

  const spans: BoilerplateSpan[] = [];
  let title: BoilerplateAnalysis['title'];
  if (titleLine !== undefined) {
    const t = lines[titleLine];
    t.role = 'title';
    const orig = doc.text.slice(t.lineStart, t.lineEnd);
    const m = DATE_PREFIX.exec(orig);
    let start = t.start;
    if (m && m[0].length < orig.length) {
      const ps = t.lineStart;
      const pe = t.lineStart + m[0].length;
      spans.push({ kind: 'scrape-metadata', what: 'date-prefix', line: titleLine, start: ps, end: pe, removal: { start: ps, end: pe, newText: '' } });
      start = pe;
    }
    // the page's <title> keeps the site's name after a separator: `Title | VnExpress`, `Title - Báo X`
    let end = t.end;
    const suffix = TITLE_SITE_SUFFIX.exec(doc.text.slice(start, t.end));
    if (suffix && suffix.index >= 12 && syllablesOf(suffix[0]).length <= 6) end = start + suffix.index;
    title = { text: doc.text.slice(start, end).normalize('NFC').replace(/[\s:：]+$/u, ''), start, end };
    if (!title.text) title = undefined;
  }

  // ---- lead: the first paragraph after the title; bylines and metadata in between
  let leadLine: number | undefined;
  // the title written again under itself (the scraper took the page's heading twice) is no lead
  const titleKey = titleLine !== undefined ? duplicateKey(lines[titleLine].text) : undefined;
  for (const i of nonBlank) {
    if (titleLine !== undefined && i <= titleLine) continue;
    const l = lines[i];
    if (l.local !== undefined || l.wsOnly) continue;
    if (titleKey && duplicateKey(l.text) === titleKey) continue;
    if (l.bylineShaped && !l.prose) {
      l.role = 'byline';
      continue;
    }
    if (l.words.length >= 12 || l.prose) {
      leadLine = i;
      break;
    }
  }

  // ---- furniture regions: from an opener (header, contact, counter, footer, listed headline) to
  // where the article resumes (two paragraphs in a row), usually the end of the file
  const bodyFrom = leadLine ?? titleLine ?? -1;
  const inRegion = new Set<number>();
  const opener = (l: LineInfo | undefined) =>
    !!l && (l.local === 'header' || l.local === 'contact' || l.local === 'footer' || l.local === 'counter' || l.local === 'inline-link' || l.local === 'dated-headline');
  const paragraph = (l: LineInfo | undefined) => !!l && l.prose && l.local === undefined;
  // the article resumes with two paragraphs, or with a paragraph and the byline that closes it
  const closingByline = (l: LineInfo | undefined) => !!l && l.bylineShaped && l.local === undefined && !l.prose;
  // (or with a paragraph, one short closing line and the byline: an interview's `Xin cảm ơn ông!`)
  const resumesAt = (q: number) =>
    paragraph(lines[nonBlank[q]]) &&
    (paragraph(lines[nonBlank[q + 1]]) || closingByline(lines[nonBlank[q + 1]]) ||
      ((paragraph(lines[nonBlank[q + 2]]) || (closingByline(lines[nonBlank[q + 2]]) && q + 3 >= nonBlank.length)) && !opener(lines[nonBlank[q + 1]]) && lines[nonBlank[q + 1]].local === undefined));
  // a listed headline: no label before a colon (`Ảnh: …` is a caption)
  const headline = (l: LineInfo | undefined) =>
    !!l && l.local === undefined && l.titleShaped && !l.prose && l.words.length >= 5 && !l.bylineShaped && !/^[^:：]{1,20}[:：]/u.test(l.text);

  // the article's end: a byline right after a paragraph, after which the article does not resume
  let articleEnd: number | undefined;
  for (let k = 1; k < nonBlank.length && articleEnd === undefined; k++) {
    const l = lines[nonBlank[k]];
    if (l.index <= bodyFrom || !l.bylineShaped || l.local !== undefined || l.prose) continue;
    const prev = lines[nonBlank[k - 1]];
    if (!(prev.prose || prev.words.length >= 12)) continue;
    // furniture right after the byline (a comment header) ends the article whatever follows it
    const next = lines[nonBlank[k + 1]];
    let resumes = false;
    if (!(next && opener(next) && next.local !== 'inline-link' && next.local !== 'dated-headline')) {
      for (let q = k + 1; q < nonBlank.length && !resumes; q++) resumes = resumesAt(q);
    }
    if (!resumes) articleEnd = l.index;
  }
  // inside the article, a bar of section names only is a table's header row (`Chỉ tiêu | Kinh tế | Xã hội | Môi trường`)
  for (const i of nonBlank) {
    const l = lines[i];
    if (i <= bodyFrom || (articleEnd !== undefined && i > articleEnd) || l.local !== 'header' || !l.text.includes('|')) continue;
    const parts = barParts(l);
    if (sectionMenu(parts) && !widgetMenu(parts)) l.local = undefined;
  }

  // a contact the article itself introduces (`Mọi sự giúp đỡ xin gửi về:` / `Chị A, thôn 3, … 0905 123 456`),
  // before the byline that closes the article, is the article's: a charity appeal, a hotline for readers
  for (let k = 1; k < nonBlank.length; k++) {
    const l = lines[nonBlank[k]];
    if (l.local !== 'contact' || l.index <= bodyFrom || (articleEnd !== undefined && l.index > articleEnd)) continue;
    const prev = lines[nonBlank[k - 1]];
    if (prev.local === undefined && prev.role === 'body' && prev.endsColon && prev.words.length >= 4 && !prev.bylineShaped && !LIST_ITEM.test(l.text)) l.local = undefined;
  }

  // whether a byline (not furniture) comes after each position: for every k at once, from the end
  // (the lines' kinds no longer change from here on)
  const bylineAfter = new Uint8Array(nonBlank.length + 1);
  for (let k = nonBlank.length - 1; k >= 0; k--) {
    const c = lines[nonBlank[k]];
    bylineAfter[k] = bylineAfter[k + 1] || (c.bylineShaped && c.local === undefined) ? 1 : 0;
  }
  // how far the last strong region's scan went (see below), and whether it was after the article's end
  let coveredTo = -1;
  let coveredAfterEnd = false;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k];
    // a header taken into a contact's or a counter's region still heads its own list
    if (i <= bodyFrom || (inRegion.has(i) && lines[i].local !== 'header')) continue;
    const l = lines[i];
    const afterEnd = articleEnd !== undefined && i > articleEnd;
    // after the article's end, two headlines in a row are a related-news list without a header
    const headerless = afterEnd && headline(l) && (headline(lines[nonBlank[k + 1]]) || headline(lines[nonBlank[k + 2]])) && !bylineAfter[k + 1];
    if (!opener(l) && !headerless) continue;
    inRegion.add(i);
    if (!afterEnd && (l.local === 'inline-link' || l.local === 'dated-headline')) continue;
    // in the body, a media label (`Video`, `Infographic`) stands for the embedded media the scraper
    // left out: it heads no list; only the media's own lines follow it in (`Clip: …`, a player),
    // and a photo caption or the text after it are the article's
    if (!afterEnd && l.local === 'header' && MEDIA_LABEL.test(normHeader(l.text))) {
      for (let q = k + 1; q < nonBlank.length; q++) {
        const c = lines[nonBlank[q]];
        if (!(c.local === 'player' || c.local === 'filename' || (MEDIA_CAPTION.test(c.text) && !c.prose))) break;
        inRegion.add(c.index);
      }
      continue;
    }
    // a header heads a list; a counter (`Lượt xem: 1.234`) is one line and heads nothing
    const strong = afterEnd || l.local === 'header';
    // a strong region runs to where the article resumes (or to the end), wherever in it it starts: a
    // header inside the last one's stretch would take in (and give back) the very same lines again
    if (strong && k < coveredTo && afterEnd === coveredAfterEnd) continue;
    const taken: LineInfo[] = [];
    let resumed = false;
    let q = k + 1;
    for (; q < nonBlank.length; q++) {
      const c = lines[nonBlank[q]];
      if (!afterEnd && resumesAt(q)) {
        resumed = true; // the article resumes
        break;
      }
      // after a contact or footer line only more furniture-like lines follow it in (a byline does not)
      if (!strong && c.local === undefined && (c.prose || c.bylineShaped || c.words.length > 12)) break;
      inRegion.add(c.index);
      taken.push(c);
    }
    if (strong) {
      coveredTo = q;
      coveredAfterEnd = afterEnd;
    }
    // a box inside the body (`Đọc thêm` and its headlines): the article resumed after it, so the
    // sentences, photo captions and list lines just before the resumption are the article's again
    if (resumed) {
      for (let a = taken.length - 1; a >= 0; a--) {
        const c = taken[a];
        // (a listed headline may end with a question mark: only a full stop or a colon gives a line back)
        if (c.local !== undefined || !(/[.…!:：]["”»)]?$/u.test(c.text) || PHOTO_CREDIT.test(c.text) || LIST_ITEM.test(c.text))) break;
        inRegion.delete(c.index);
      }
    }
  }

  // between the byline that closes the article and the furniture after it, what is no paragraph is
  // the page's too (a standings table, a list of scores, a `Xem đầy đủ` link whose header was lost);
  // a second credit line right under the byline (`(Theo TTXVN)`) stays the article's
  if (articleEnd !== undefined) {
    const firstRegion = nonBlank.find((i) => i > articleEnd! && inRegion.has(i));
    if (firstRegion !== undefined) {
      const gap = nonBlank.filter((i) => i > articleEnd! && i < firstRegion);
      while (gap.length && lines[gap[0]].bylineShaped && lines[gap[0]].local === undefined) gap.shift();
      if (gap.every((i) => !lines[i].prose)) for (const i of gap) inRegion.add(i);
    }
  }
  // after the last paragraph, a `<Something> khác` line right before the furniture heads the list
  // of more of its kind (`Cáo phó khác`, `Dự án khác`)
  const lastParagraph = [...nonBlank].reverse().find((i) => lines[i].prose);
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const l = lines[nonBlank[k]];
    if (lastParagraph === undefined || l.index <= lastParagraph || inRegion.has(l.index) || l.local !== undefined) continue;
    const syl = syllablesOf(l.text);
    if (syl.length >= 2 && syl.length <= 4 && syl[syl.length - 1] === 'khác' && /^\p{Lu}/u.test(l.text) && !/[\d:：.?!]/u.test(l.text) && inRegion.has(nonBlank[k + 1])) inRegion.add(l.index);
  }
  // a contact block the article closes with (`Thông tin liên hệ:` / the firm's name, address, phone
  // and e-mail) right after its last paragraph, before any closing byline and apart from the site's
  // footer that comes later with the marks of the site's owner: a press release's own contact
  for (let k = 1; k < nonBlank.length; k++) {
    const h = lines[nonBlank[k]];
    if (h.local !== 'header' || h.furnitureClass !== 'ad' || !h.endsColon || !inRegion.has(h.index)) continue;
    if (h.index <= bodyFrom || (articleEnd !== undefined && h.index > articleEnd) || !paragraph(lines[nonBlank[k - 1]])) continue;
    const block: LineInfo[] = [];
    for (let i = h.index + 1; i < lines.length && !lines[i].blank; i++) block.push(lines[i]);
    if (!block.length || block.some((c) => SITE_OWNER_MARK.test(c.text))) continue;
    // it names whom to contact (`Phòng Truyền thông Công ty X`, `Bà Nguyễn Thị A`) on a line of its
    // own, not only labelled lines a footer has too, and that name is not the site's
    if (!block.some((c) => !/^[^:：]{1,30}[:：]/u.test(c.text) && !c.hasPhone && !c.hasUrlOrEmail && !SITE_NAME.test(c.text) && !/^(?:báo|tạp\s+chí|đài)(?!\p{L})/iu.test(c.text))) continue;
    const after = lines.slice(block[block.length - 1].index + 1);
    if (!after.some((c) => !c.blank && SITE_OWNER_MARK.test(c.text))) continue;
    for (const c of [h, ...block]) {
      inRegion.delete(c.index);
      c.local = undefined;
    }
  }

  // kinds inside regions: a line's own kind, or the kind of the block it follows
  let current: BoilerplateKind | undefined;
  let lastRegionLine = -2;
  for (const i of nonBlank) {
    const l = lines[i];
    if (!inRegion.has(i)) continue;
    const own = kindOfLocal(l);
    const contiguous = lastRegionLine >= 0 && rank[i] === rank[lastRegionLine] + 1;
    if (own) current = own;
    else if (!contiguous || !current) current = 'related-news';
    mark(l, current, current === 'scrape-metadata' ? 'metadata' : 'boilerplate');
    lastRegionLine = i;
  }

  // furniture recognised on its own anywhere (player, file names, posting times, contacts, counters)
  for (const i of nonBlank) {
    const l = lines[i];
    if (l.role !== 'body' && l.role !== 'byline') continue;
    const own = kindOfLocal(l);
    if (!own) continue;
    if ((l.local === 'header' || l.local === 'dated-headline') && i > bodyFrom) continue; // handled by regions
    if (l.local === 'dated-headline') continue; // before the body it may be the title
    if (l.local === 'number') continue;
    mark(l, own, own === 'scrape-metadata' ? 'metadata' : 'boilerplate');
  }

  // ---- duplicates (a title, caption or paragraph repeated by the scraper): flag the worse copy
  for (const d of findDuplicates(lines)) {
    const l = lines[d.flag];
    if (l.role !== 'body' && l.role !== 'title' && l.role !== 'byline') continue;
    if (l.role === 'title') {
      // the first copy was the title: the kept copy becomes the title
      const keep = lines[d.keep];
      keep.role = 'title';
      titleLine = d.keep;
      title = { text: keep.text.replace(/[\s:：]+$/u, ''), start: keep.start, end: keep.end };
    }
    mark(l, 'duplicate');
    l.dupOf = d.keep;
    if (lines[d.keep].role === 'body' && d.keep !== leadLine && lines[d.keep].words.length <= 40) lines[d.keep].role = 'caption';
  }
  if (leadLine !== undefined && lines[leadLine].role !== 'body') leadLine = nonBlank.find((i) => i > leadLine! && lines[i].role === 'body' && lines[i].words.length >= 12);
  if (leadLine !== undefined) lines[leadLine].role = 'lead';

  // ---- byline at the end: short name lines after the last paragraph
  const content = nonBlank.filter((i) => ['body', 'caption', 'byline'].includes(lines[i].role));
  for (let k = content.length - 1, n = 0; k >= 0 && n < 2; k--, n++) {
    const l = lines[content[k]];
    if (leadLine !== undefined && l.index <= leadLine) break;
    if (!l.bylineShaped) break;
    l.role = 'byline';
  }

  // ---- captions: short lines in the body that are not sentences, kept copies of duplicates,
  // lines after an image file name
  for (const i of nonBlank) {
    const l = lines[i];
    if (l.role !== 'body') continue;
    const prev = prevOf(i);
    const afterImage = prev?.local === 'filename';
    // list items (`- Thu ngân sách đạt 450 tỷ đồng;`) and the line introducing them (`…năm 2027:`) are
    // text, and so are an interview's questions and turns (`PV: Xin ông cho biết…?`)
    if (!afterImage && (LIST_ITEM.test(l.text) || l.endsColon || /[?？]["”»)]?$/u.test(l.text) || INTERVIEW_TURN.test(l.text))) continue;
    if (afterImage || (l.words.length <= 30 && !l.endsSentence) || (l.words.length <= 16 && l.endsSentence && !l.prose)) l.role = 'caption';
  }

  // ---- residue inside content lines
  for (const l of lines) {
    if (l.blank) {
      if (l.wsOnly) {
        spans.push({ kind: 'whitespace', what: 'space-only-line', line: l.index, start: l.lineStart, end: l.lineEnd, removal: { start: l.lineStart, end: l.lineEnd, newText: '' } });
      }
      continue;
    }
    if (l.role === 'boilerplate' || l.role === 'metadata') continue;
    const orig = doc.text.slice(l.lineStart, l.lineEnd);
    const trimmed = l.start !== l.lineStart || l.end !== l.lineEnd;
    const nfc = trimmed ? lineNfc(orig) : l.text; // (the content is the whole line: its NFC is known)
    const cc = CAPTION_COUNTER.exec(nfc) ?? (l.words.length <= 25 && !/[.!?]\s/u.test(nfc) ? BARE_CAPTION_COUNTER.exec(nfc) : null);
    // offsets map back to the original only when something is found (most lines have nothing)
    const toOriginal = cc ? nfcWithMap(orig).toOriginal : [];
    if (cc && l.words.length <= 45) {
      const s = l.lineStart + toOriginal[cc.index + cc[1].length];
      const e = l.lineStart + toOriginal[cc.index + cc[0].length];
      const visibleEnd = l.lineStart + toOriginal[cc.index + cc[0].replace(/[\s\u00a0]+$/u, '').length];
      spans.push({ kind: 'image-residue', what: 'caption-counter', line: l.index, start: s, end: visibleEnd, removal: { start: l.lineStart + toOriginal[cc.index], end: e, newText: '' } });
      if (l.role === 'body') l.role = 'caption';
    }
    // a trailing run of non-breaking spaces (two or more) after the content
    const trail = l.end !== l.lineEnd ? /[\s\u00a0\u200b\ufeff]+$/u.exec(orig) : null; // (the content ends where the line does: no trailing space)
    if (trail && (trail[0].match(/[\u00a0\u2000-\u200b\u3000\ufeff]/gu)?.length ?? 0) >= 2) {
      const s = l.lineStart + trail.index;
      if (!(cc && s < l.lineStart + toOriginal[cc.index + cc[0].length])) {
        spans.push({ kind: 'whitespace', what: 'trailing-space', line: l.index, start: s, end: l.lineEnd, removal: { start: s, end: l.lineEnd, newText: '' } });
      }
    }
  }

  // ---- dateline of the lead (`BDK.VN –`, `(LĐ online) -`, `BBK -`)
  let dateline: Dateline | undefined;
  if (leadLine !== undefined) {
    const l = lines[leadLine];
    const m = DATELINE.exec(l.text);
    const prefixSyllables = m ? syllablesOf(m[1]).length : 0;
    if (m && m[1].length <= 30 && prefixSyllables <= 4 && (/[\p{Lu}]{2,}|\.|\(/u.test(m[1]) || (prefixSyllables <= 2 && /\s[-–—]\s/u.test(m[0])))) {
      const { toOriginal } = nfcWithMap(doc.text.slice(l.start, l.end));
      dateline = { line: leadLine, start: l.start, end: l.start + toOriginal[m[0].trimEnd().length], text: m[0].trim() };
    }
  }

  // whitespace inside a block goes with the block
  const blocks = buildBlocks(doc, lines);
  const insideBlock = new Uint8Array(lines.length);
  for (const b of blocks) insideBlock.fill(1, b.firstLine + 1, b.lastLine);
  const inBlock = (line: number) => insideBlock[line] === 1;
  const keep = (s: BoilerplateSpan) => (s.kind === 'whitespace' ? !inBlock(s.line) : lines[s.line].role !== 'boilerplate' && lines[s.line].role !== 'metadata');
  return { lines, titleLine, title, leadLine, dateline, blocks, spans: spans.filter(keep) };
}

/** Consecutive boilerplate lines of one kind form one block (duplicates and file names stay single). */
function buildBlocks(doc: ArticleText, lines: LineInfo[]): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [];
  let open: { kind: BoilerplateKind; first: number; last: number } | undefined;
  const close = () => {
    if (!open) return;
    const first = lines[open.first];
    const last = lines[open.last];
    blocks.push({
      kind: open.kind,
      firstLine: open.first,
      lastLine: open.last,
      start: first.start,
      end: last.end,
      what: first.text.length > 60 ? first.text.slice(0, 59) + '…' : first.text,
      dupOf: first.dupOf,
      removal: removeLinesEdit(doc, lines, open.first, open.last),
    });
    open = undefined;
  };
  for (const l of lines) {
    if (l.blank) continue;
    const kind = l.role === 'boilerplate' || l.role === 'metadata' ? l.kind : undefined;
    const single = kind === 'duplicate' || kind === 'image-residue';
    if (open && kind === open.kind && !single) {
      open.last = l.index;
      continue;
    }
    close();
    if (kind) open = { kind, first: l.index, last: l.index };
  }
  close();
  return blocks;
}
