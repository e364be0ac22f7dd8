import type { Rule } from '../../types';
import { blockFinding, blocksOf, quote } from './shared';

// Comment and share furniture: a comment form (`Leave your comment`, `Họ tên`, `Email`), share and
// print buttons, social widgets.
export const commentForm: Rule = {
  id: 'boilerplate/comment-form',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Comment form or share buttons left by the scraper.',
    vi: 'Khung bình luận hoặc nút chia sẻ do công cụ thu thập để lại.',
  },
  fixes: 'Removes the whole block with its line breaks.',
  examples: {
    flagged: [
      {
        text: 'Chợ phiên vùng cao\n\nMỗi sáng chủ nhật, đồng bào các dân tộc lại đổ về chợ phiên để trao đổi hàng hóa và gặp gỡ bạn bè.\n\nThảo Nguyên\n\nViết phản hồi\nHọ tên\nEmail\nGửi',
        flagged: ['Viết phản hồi\nHọ tên\nEmail\nGửi'],
        fixed: 'Chợ phiên vùng cao\n\nMỗi sáng chủ nhật, đồng bào các dân tộc lại đổ về chợ phiên để trao đổi hàng hóa và gặp gỡ bạn bè.\n\nThảo Nguyên',
      },
      {
        text: 'Chia sẻ bài viết: Facebook Zalo\n\nKhai trương tuyến xe buýt mới\n\nTừ ngày 1/7, tuyến xe buýt số 12 chính thức hoạt động, kết nối bến xe trung tâm với khu công nghiệp phía bắc.',
        flagged: ['Chia sẻ bài viết: Facebook Zalo'],
        note: 'a share bar before the title',
      },
      {
        text: 'Mùa nước nổi\n\nNông dân đầu nguồn đang tất bật giăng lưới bắt cá linh khi con nước tràn đồng, mỗi ngày kiếm thêm vài trăm nghìn đồng.\n\nThanh Tâm\n\nHãy là người bình luận đầu tiên',
        flagged: ['Hãy là người bình luận đầu tiên'],
        note: 'a comment box’s prompt, padded with common words',
      },
      {
        text: 'Mùa nước nổi\nTheo dõi chúng tôi trên\nGoogle News\nNông dân đầu nguồn đang tất bật giăng lưới bắt cá linh khi con nước tràn đồng, mỗi ngày kiếm thêm vài trăm nghìn đồng.',
        flagged: ['Theo dõi chúng tôi trên\nGoogle News'],
        note: 'a follow button broken over two lines',
      },
      {
        text: 'Mùa nước nổi\n\nNông dân đầu nguồn đang tất bật giăng lưới bắt cá linh khi con nước tràn đồng, mỗi ngày kiếm thêm vài trăm nghìn đồng.\n\nThanh Tâm\n\nNhập email của bạn\nĐăng ký',
        flagged: ['Nhập email của bạn\nĐăng ký'],
        note: 'a newsletter box right after the byline',
      },
    ],
    accepted: [
      {
        text: 'Mùa nước nổi\n\nNông dân đầu nguồn đang tất bật giăng lưới bắt cá linh khi con nước tràn đồng, mỗi ngày kiếm thêm vài trăm nghìn đồng.\n\nNgười đầu tiên chia sẻ kinh nghiệm giăng lưới là ông Sáu, một lão nông đã gắn bó với con nước hơn bốn mươi năm.',
        note: 'a paragraph made of the same words is text',
      },
      {
        text: 'Góp ý dự thảo luật\n\nNgười dân gửi ý kiến đóng góp vào dự thảo luật đất đai sửa đổi qua cổng thông tin của tỉnh trong suốt tháng 3.',
      },
      {
        text: 'Chia sẻ kinh nghiệm nuôi tôm\n\nTại buổi tọa đàm, nhiều hộ nuôi tôm giỏi đã chia sẻ kinh nghiệm phòng bệnh cho tôm trong mùa nắng nóng.',
        note: 'a title that starts with “Chia sẻ”',
      },
      {
        text: 'Có được đơn phương ly hôn?\n\nHỏi: Chồng tôi đi làm ăn xa đã ba năm không liên lạc, tôi muốn ly hôn thì phải làm thủ tục như thế nào?\n\nTrả lời:\n\nTheo khoản 1 Điều 56 Luật Hôn nhân và gia đình, khi hòa giải tại Tòa án không thành thì Tòa án giải quyết cho ly hôn.',
        note: 'the answer of a Q&A column, not a reply button',
      },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'comment-form').map((b) =>
      blockFinding(this, b, {
        en: `Comment or share widget (${quote(b.what)}), not part of the article.`,
        vi: `Khung bình luận hoặc chia sẻ (${quote(b.what)}), không thuộc bài viết.`,
      }),
    );
  },
};
