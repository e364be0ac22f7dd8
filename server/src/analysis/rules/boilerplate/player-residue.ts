import type { Rule } from '../../types';
import { blockFinding, blocksOf, quote } from './shared';

// What an audio or video player leaves in scraped text: time codes (`0:00 / 0:00`), with player
// words at most.
export const playerResidue: Rule = {
  id: 'boilerplate/player-residue',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Media player residue (time codes) left by the scraper.',
    vi: 'Phần còn lại của trình phát âm thanh/video (mốc thời gian) do công cụ thu thập để lại.',
  },
  fixes: 'Removes the line(s) with their line breaks.',
  examples: {
    flagged: [
      {
        text: 'Đường hoa xuân mở cửa\n\n00:00 / 02:45\n\nTối 28 tháng Chạp, đường hoa xuân bên bờ sông chính thức mở cửa đón người dân và du khách.',
        flagged: ['00:00 / 02:45'],
        fixed: 'Đường hoa xuân mở cửa\n\nTối 28 tháng Chạp, đường hoa xuân bên bờ sông chính thức mở cửa đón người dân và du khách.',
      },
      {
        text: 'Đường hoa xuân mở cửa\nNghe đọc bài 0:00\nTối 28 tháng Chạp, đường hoa xuân bên bờ sông chính thức mở cửa đón người dân và du khách.',
        flagged: ['Nghe đọc bài 0:00'],
      },
      {
        text: 'Giá lúa tăng mạnh\nNghe bài viết\n1.5x\nGiá lúa tại các tỉnh Đồng bằng sông Cửu Long tuần này tăng thêm 300 đồng mỗi kg so với tuần trước.',
        flagged: ['Nghe bài viết\n1.5x'],
        note: 'a playback speed left alone on its line',
      },
    ],
    accepted: [
      { text: 'Cuộc họp bắt đầu lúc 8:30 tại hội trường lớn của ủy ban.' },
      { text: 'Đội nhà thắng 2:1 trong trận chung kết tối qua trên sân Thống Nhất.' },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'player-residue').map((b) =>
      blockFinding(this, b, { en: `Media player residue (${quote(b.what)}).`, vi: `Phần thừa của trình phát (${quote(b.what)}).` }),
    );
  },
};
