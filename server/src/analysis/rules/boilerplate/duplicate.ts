import type { Rule } from '../../types';
import { blockFinding, blocksOf } from './shared';

// A title, caption or paragraph the scraper repeated, exactly or nearly (a typo, case, final
// punctuation, a caption counter apart). The worse copy is flagged; the better one is kept.
export const duplicate: Rule = {
  id: 'boilerplate/duplicate',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'A line repeated by the scraper (the worse copy of a title, caption or paragraph).',
    vi: 'Dòng bị lặp do công cụ thu thập (bản kém hơn của tiêu đề, chú thích hoặc đoạn văn).',
  },
  fixes: 'Removes the duplicate line, keeping the better copy.',
  examples: {
    flagged: [
      {
        text: 'Ngư dân trúng mùa cá cơm\n\nBà con ngư dân phấn khởi kéo lưới trên biển.\nBà con ngư dân phấn khởi kéo lưới trên biển.\n\nVụ cá năm nay, mỗi tàu thu về trung bình 5 tấn cá cơm sau mỗi chuyến ra khơi.',
        flagged: ['Bà con ngư dân phấn khởi kéo lưới trên biển.'],
        fixed: 'Ngư dân trúng mùa cá cơm\n\nBà con ngư dân phấn khởi kéo lưới trên biển.\n\nVụ cá năm nay, mỗi tàu thu về trung bình 5 tấn cá cơm sau mỗi chuyến ra khơi.',
        note: 'an exact repeat: the second copy goes',
      },
      {
        text: 'Thăm hỏi gia đình chính sách\n\nBí thư Huyện ủy thăm hỏi gia đinh chính sách tại xã Hòa Bình\n\nBí thư Huyện ủy thăm hỏi gia đình chính sách tại xã Hòa Bình.\n\nDịp này, đoàn đã trao 50 suất quà cho các gia đình chính sách trên địa bàn xã.',
        flagged: ['Bí thư Huyện ủy thăm hỏi gia đinh chính sách tại xã Hòa Bình'],
        note: 'a near copy with a typo and no full stop is the worse one',
      },
      {
        text: 'Vụ mùa bội thu\n\nNông dâng xã Phú Lộc thu hoạch lúa trên cánh đồng mẫu lớn\n\nNông dân xã Phú Lộc thu hoạch lúa trên cánh đồng mẫu lớn\n\nNăng suất lúa vụ này đạt hơn 7 tấn mỗi héc-ta, cao nhất trong nhiều năm trở lại đây.',
        flagged: ['Nông dâng xã Phú Lộc thu hoạch lúa trên cánh đồng mẫu lớn'],
        note: 'the copy whose words are rarer together (a typo) is the worse one, even when it comes first',
      },
      {
        text: 'Ra quân làm sạch bãi biển\n\nRa quân làm sạch bãi biển\n\nSáng chủ nhật, hơn 400 đoàn viên thanh niên đã tham gia thu gom rác thải dọc bãi biển phía đông thành phố.',
        flagged: ['Ra quân làm sạch bãi biển'],
        note: 'the title repeated under itself',
      },
    ],
    accepted: [
      {
        text: 'Toàn cảnh buổi lễ\n\nToàn cảnh hội thảo\n\nẢnh: Hải Nam\n\nẢnh: Hải Nam',
        note: 'different captions, and a short repeated photo credit',
      },
      {
        text: 'Năm 2022, xã Tân Phú đạt 15 tiêu chí nông thôn mới\nNăm 2023, xã Tân Phú đạt 17 tiêu chí nông thôn mới',
        note: 'near copies that differ in a number are different lines',
      },
      {
        text: 'Ông Lê Văn An phát biểu tại buổi gặp mặt cử tri\nÔng Lê Văn Ân phát biểu tại buổi gặp mặt cử tri',
        note: 'near copies that differ in a name are different lines',
      },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'duplicate').map((b) => {
      const keep = b.dupOf !== undefined ? b.dupOf + 1 : 0;
      return blockFinding(
        this,
        b,
        { en: `Duplicate of line ${keep} (the scraper repeated it).`, vi: `Trùng lặp với dòng ${keep} (do công cụ thu thập lặp lại).` },
        { en: 'Remove this duplicate', vi: 'Xóa dòng trùng lặp này' },
      );
    });
  },
};
