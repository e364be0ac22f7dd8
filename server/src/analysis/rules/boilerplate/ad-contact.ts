import type { Rule } from '../../types';
import { blockFinding, blocksOf, quote } from './shared';

// Advertising, contact and site-footer lines: a short line dominated by a phone number, an
// advertising e-mail or a copyright notice.
export const adContact: Rule = {
  id: 'boilerplate/ad-contact',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Advertising, contact or site-footer line left by the scraper.',
    vi: 'Dòng quảng cáo, liên hệ hoặc chân trang do công cụ thu thập để lại.',
  },
  fixes: 'Removes the line(s) with their line breaks.',
  examples: {
    flagged: [
      {
        text: 'Mở rộng vùng trồng sầu riêng\n\nNăm nay, nông dân huyện Krông Pắc đã mở rộng thêm 300 ha sầu riêng theo hướng hữu cơ để xuất khẩu.\n\nMinh Tâm\n\nLiên hệ đặt quảng cáo: 0912 345 678 (Ms Hạnh)',
        flagged: ['Liên hệ đặt quảng cáo: 0912 345 678 (Ms Hạnh)'],
        fixed: 'Mở rộng vùng trồng sầu riêng\n\nNăm nay, nông dân huyện Krông Pắc đã mở rộng thêm 300 ha sầu riêng theo hướng hữu cơ để xuất khẩu.\n\nMinh Tâm',
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\n© 2021 Báo Phố Núi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.',
        flagged: ['© 2021 Báo Phố Núi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.'],
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\nTổng biên tập: Lâm Văn Khải\nĐiện thoại: (0299) 3821 456',
        flagged: ['Tổng biên tập: Lâm Văn Khải\nĐiện thoại: (0299) 3821 456'],
        note: 'labelled footer lines',
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\nBản quyền thuộc về Báo Phố Núi. Nghiêm cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của tòa soạn.\nCơ quan chủ quản: Tỉnh ủy Gia Lai',
        flagged: ['Bản quyền thuộc về Báo Phố Núi. Nghiêm cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của tòa soạn.\nCơ quan chủ quản: Tỉnh ủy Gia Lai'],
        note: 'a copyright notice in full sentences, and the body that owns the paper',
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\nMời quý độc giả đón xem các phóng sự về lễ hội trên kênh YouTube của Báo Phố Núi.',
        flagged: ['Mời quý độc giả đón xem các phóng sự về lễ hội trên kênh YouTube của Báo Phố Núi.'],
        note: 'the site inviting its readers to its own channel',
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\nAdvertisement\n\nCác đội đua năm nay đến từ nhiều huyện trong tỉnh và cả các tỉnh lân cận như Trà Vinh, Bạc Liêu.\n\nBan tổ chức đã trao 30 giải thưởng cho các đội đạt thành tích cao nhất trong ba ngày tranh tài.',
        flagged: ['Advertisement'],
        note: 'an ad slot’s label in the body',
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\nThạch Sang\n\nMời bạn đọc gửi ảnh, tin về lễ hội cho chúng tôi qua email bandoc@baophonui.vn',
        flagged: ['Mời bạn đọc gửi ảnh, tin về lễ hội cho chúng tôi qua email bandoc@baophonui.vn'],
        note: 'the site asking its readers to write to it',
      },
      {
        text: 'Có được đơn phương ly hôn?\n\nTheo khoản 1 Điều 56 Luật Hôn nhân và gia đình, khi hòa giải tại Tòa án không thành thì Tòa án giải quyết cho ly hôn.\n\nBạn đọc có thắc mắc về pháp luật xin gửi câu hỏi về hộp thư tuvan@baophapluat24.vn hoặc gọi đường dây nóng 1900 6789 để được tư vấn miễn phí.',
        flagged: ['Bạn đọc có thắc mắc về pháp luật xin gửi câu hỏi về hộp thư tuvan@baophapluat24.vn hoặc gọi đường dây nóng 1900 6789 để được tư vấn miễn phí.'],
        note: 'a column\'s standing call for letters',
      },
      {
        text: 'Sữa Việt ra mắt sản phẩm mới tại Hàn Quốc\n\nNgày 25/10, Công ty Cổ phần Sữa Việt đã chính thức giới thiệu dòng sữa hạt cao cấp tại Seoul, đánh dấu bước mở rộng sang thị trường Đông Bắc Á.\n\nThông tin liên hệ:\nPhòng Truyền thông Công ty Cổ phần Sữa Việt\nĐịa chỉ: 10 Tân Trào, Quận 7, TP HCM\nĐiện thoại: (028) 5415 5555\n\nCơ quan chủ quản: Bộ Công Thương\n© Bản quyền thuộc về Báo Công Thương',
        flagged: ['Cơ quan chủ quản: Bộ Công Thương\n© Bản quyền thuộc về Báo Công Thương'],
        note: 'a press release\'s own contact block stays; the site\'s footer after it does not',
      },
      {
        text: 'Huyện Sơn Hà trao học bổng\n\nSáng 2/9, UBND huyện Sơn Hà đã trao 300 suất học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học giỏi trong năm học qua.\n\nLiên hệ:\nĐịa chỉ: 12 Trường Chinh, thị trấn Di Lăng\nĐiện thoại: (0255) 386 1234\n\n© Bản quyền thuộc UBND huyện Sơn Hà',
        flagged: ['Liên hệ:\nĐịa chỉ: 12 Trường Chinh, thị trấn Di Lăng\nĐiện thoại: (0255) 386 1234\n\n© Bản quyền thuộc UBND huyện Sơn Hà'],
        note: 'a portal\'s labelled contact lines before its copyright: they name nobody, so they are the footer',
      },
    ],
    accepted: [
      {
        text: 'Lấy ý kiến về quy hoạch\n\nSở Xây dựng đang lấy ý kiến người dân về đồ án quy hoạch phân khu đô thị mới ở phía tây thành phố.\n\nNgười dân có thể gửi ý kiến qua email sxd@hanoi.gov.vn hoặc trực tiếp tại trụ sở Sở đến hết tháng 12.',
        note: 'an address for comments that the story reports (nobody speaks to the reader)',
      },
      {
        text: 'Cụ bà neo đơn cần giúp đỡ\n\nCụ Trần Thị Lựu, 82 tuổi, sống một mình trong căn nhà dột nát ở xã Tam Hiệp, mỗi ngày chỉ sống nhờ vào vài bó rau hàng xóm cho.\n\nMọi sự giúp đỡ xin gửi về:\n\nCụ Trần Thị Lựu, thôn 2, xã Tam Hiệp, huyện Núi Thành, tỉnh Quảng Nam. Điện thoại: 0905 111 222\n\nHồng Vân',
        note: 'a contact the article introduces itself, before its byline: a charity appeal',
      },
      {
        text: 'Lễ hội đua ghe ngo\n\nHàng chục đội ghe ngo đã tranh tài sôi nổi trên sông Maspero trong ngày hội truyền thống của đồng bào Khmer.\n\nMời bạn đọc cùng theo dõi diễn biến các vòng đua trong bài tường thuật dưới đây.',
        note: 'an invitation to read on, with no channel of the site',
      },
      {
        text: 'Tranh chấp bản quyền âm nhạc\n\nTheo luật sư Trần Minh Hải, bản quyền thuộc về nhạc sĩ khi bài hát được sáng tác, nên việc ca sĩ tự ý biểu diễn mà không xin phép là vi phạm và có thể bị xử phạt.',
        note: 'a story about copyright is not a notice',
      },
      {
        text: 'Bình ổn giá dịp Tết\n\nNgười dân có thể gọi đường dây nóng 0236.3822.111 của sở để phản ánh các trường hợp tăng giá bất hợp lý trong dịp Tết.',
        note: 'a phone number inside an article sentence',
      },
      {
        text: 'Tuyển sinh đầu cấp\n\nPhụ huynh cần hỗ trợ có thể liên hệ trực tiếp phòng giáo dục của huyện trong giờ hành chính các ngày trong tuần.',
      },
      {
        text: 'Lấy ý kiến dự thảo luật\n\nBộ Tư pháp đang lấy ý kiến rộng rãi về dự thảo Luật Công chứng sửa đổi trong hai tháng.\n\nBạn đọc có thể gửi ý kiến góp ý qua email gopy@moj.gov.vn trước ngày 30/6.',
        note: 'a consultation the story reports',
      },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'ad-contact').map((b) =>
      blockFinding(this, b, {
        en: `Advertising or contact line (${quote(b.what)}), not part of the article.`,
        vi: `Dòng quảng cáo hoặc liên hệ (${quote(b.what)}), không thuộc bài viết.`,
      }),
    );
  },
};
