import type { Finding, Rule } from '../../types';
import { blockFinding, blocksOf, quote, REMOVE_LINE, spanFinding, spansOf } from './shared';

// Metadata the scraper captured with the article: a posting-time line (`Cập nhật: 08:15 12/04/2022`),
// a source line (`Nguồn: …`), a date glued before the title (` date 2022-04 `). Metadata, not errors:
// reported as hints.
export const scrapeMetadata: Rule = {
  id: 'boilerplate/scrape-metadata',
  category: 'boilerplate',
  defaultSeverity: 'hint',
  description: {
    en: 'Page metadata captured by the scraper (posting time, source, a date glued to the title).',
    vi: 'Siêu dữ liệu của trang do công cụ thu thập lấy kèm (thời gian đăng, nguồn, ngày dính vào tiêu đề).',
  },
  fixes: 'Removes the metadata line, or strips the date prefix from the title.',
  examples: {
    flagged: [
      {
        text: 'Khai giảng năm học mới\n\nCập nhật: 08:15 | 12/04/2022\n\nSáng 5/9, hơn 300 học sinh trường tiểu học Kim Đồng đã dự lễ khai giảng năm học mới trong không khí vui tươi.',
        flagged: ['Cập nhật: 08:15 | 12/04/2022'],
        fixed: 'Khai giảng năm học mới\n\nSáng 5/9, hơn 300 học sinh trường tiểu học Kim Đồng đã dự lễ khai giảng năm học mới trong không khí vui tươi.',
      },
      {
        text: ' date 2022-04 Khai giảng năm học mới\n\nSáng 5/9, hơn 300 học sinh trường tiểu học Kim Đồng đã dự lễ khai giảng năm học mới.',
        flagged: [' date 2022-04 '],
        fixed: 'Khai giảng năm học mới\n\nSáng 5/9, hơn 300 học sinh trường tiểu học Kim Đồng đã dự lễ khai giảng năm học mới.',
      },
      {
        text: 'Khai giảng năm học mới\n\nSáng 5/9, hơn 300 học sinh trường tiểu học Kim Đồng đã dự lễ khai giảng năm học mới trong không khí vui tươi.\n\nNguồn: Giaoducthoidai.vn',
        flagged: ['Nguồn: Giaoducthoidai.vn'],
      },
      {
        text: 'Giá lúa tăng mạnh\nHoàng Nam - 08:15 03/03/2025\n4 phút đọc\nGiá lúa tại các tỉnh Đồng bằng sông Cửu Long tuần này tăng thêm 300 đồng mỗi kg so với tuần trước.',
        flagged: ['4 phút đọc'],
        note: 'the reading time; the byline with its posting time stays',
      },
    ],
    accepted: [
      {
        text: 'Giá lúa tăng mạnh\n\nGiá lúa tại các tỉnh Đồng bằng sông Cửu Long tuần này tăng thêm 300 đồng mỗi kg so với tuần trước.\n\nMỗi ngày chỉ cần đọc 15 phút là đủ để nắm tin thị trường.',
        note: 'a sentence about reading for some minutes',
      },
      { text: 'Ngày 12/4, UBND huyện tổ chức hội nghị triển khai nhiệm vụ quý II.' },
      { text: 'Hội nghị diễn ra lúc 14:00 ngày 12/4/2022 tại hội trường tỉnh.' },
      { text: 'Kế hoạch 2022-2025 của tỉnh\n\nTỉnh vừa ban hành kế hoạch phát triển du lịch giai đoạn 2022-2025 với nhiều chỉ tiêu mới.', note: 'a year range in a title is not a glued date' },
    ],
  },
  check(doc, ctx) {
    const out: Finding[] = blocksOf(doc, ctx, 'scrape-metadata').map((b) =>
      blockFinding(this, b, { en: `Page metadata ${quote(b.what)}, not part of the article.`, vi: `Siêu dữ liệu của trang ${quote(b.what)}, không thuộc bài viết.` }, REMOVE_LINE),
    );
    for (const s of spansOf(doc, ctx, 'scrape-metadata')) {
      const prefix = doc.text.slice(s.start, s.end).trim();
      out.push(
        spanFinding(
          this,
          s,
          { en: `Date ${quote(prefix)} glued before the title.`, vi: `Ngày ${quote(prefix)} dính vào trước tiêu đề.` },
          { en: `Strip “${prefix}”`, vi: `Bỏ “${prefix}”` },
        ),
      );
    }
    return out;
  },
};
