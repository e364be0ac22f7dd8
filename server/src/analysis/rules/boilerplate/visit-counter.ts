import type { Rule } from '../../types';
import { blockFinding, blocksOf } from './shared';

// Visit counters: `Label:` lines paired with bare numbers (`Hôm nay:` / `2331`), under a counter
// header (`Truy cập`, `Lượt truy cập`).
export const visitCounter: Rule = {
  id: 'boilerplate/visit-counter',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Visit counter widget left by the scraper.',
    vi: 'Bộ đếm lượt truy cập do công cụ thu thập để lại.',
  },
  fixes: 'Removes the whole counter with its line breaks.',
  examples: {
    flagged: [
      {
        text: 'Khánh thành nhà văn hóa thôn\n\nNgày 20/8, thôn Đông Hòa tổ chức lễ khánh thành nhà văn hóa mới với sự tham gia của đông đảo bà con.\n\nLượt truy cập\nĐang online:\n37\nTổng cộng:\n1.204.558',
        flagged: ['Lượt truy cập\nĐang online:\n37\nTổng cộng:\n1.204.558'],
        fixed: 'Khánh thành nhà văn hóa thôn\n\nNgày 20/8, thôn Đông Hòa tổ chức lễ khánh thành nhà văn hóa mới với sự tham gia của đông đảo bà con.',
      },
    ],
    accepted: [
      {
        text: 'Kết quả bầu cử\n\nKết quả:\n12 xã đã hoàn thành việc bầu trưởng thôn nhiệm kỳ mới trong tháng này.',
        note: 'a label with a colon followed by a sentence, not a number',
      },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'visit-counter').map((b) =>
      blockFinding(this, b, { en: 'Visit counter, not part of the article.', vi: 'Bộ đếm lượt truy cập, không thuộc bài viết.' }),
    );
  },
};
