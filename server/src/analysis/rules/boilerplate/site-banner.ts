import type { Rule } from '../../types';
import { blockFinding, blocksOf, quote } from './shared';

// A site banner before the title: an all-caps slogan or site name, or a section label above a longer
// title.
export const siteBanner: Rule = {
  id: 'boilerplate/site-banner',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Site banner or slogan before the title, left by the scraper.',
    vi: 'Băng-rôn, khẩu hiệu hoặc tên trang trước tiêu đề do công cụ thu thập để lại.',
  },
  fixes: 'Removes the banner line with its line break.',
  examples: {
    flagged: [
      {
        text: 'CHÀO MỪNG KỶ NIỆM 90 NĂM THÀNH LẬP ĐẢNG BỘ TỈNH\n\nNông dân Tam Nông thu hoạch lúa trúng mùa\n\nNhững ngày này, nông dân huyện Tam Nông đang tất bật thu hoạch lúa hè thu với năng suất cao hơn năm trước.',
        flagged: ['CHÀO MỪNG KỶ NIỆM 90 NĂM THÀNH LẬP ĐẢNG BỘ TỈNH'],
        fixed: 'Nông dân Tam Nông thu hoạch lúa trúng mùa\n\nNhững ngày này, nông dân huyện Tam Nông đang tất bật thu hoạch lúa hè thu với năng suất cao hơn năm trước.',
      },
      {
        text: 'Cổng thông tin điện tử huyện Sơn Hà\nHuyện Sơn Hà trao 300 suất học bổng cho học sinh nghèo\nSáng 2/9, UBND huyện Sơn Hà đã trao 300 suất học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học giỏi.',
        flagged: ['Cổng thông tin điện tử huyện Sơn Hà'],
        note: 'the site name before the title',
      },
      {
        text: 'VÌ NHÂN DÂN PHỤC VỤ\nCÔNG AN HUYỆN RA QUÂN TRẤN ÁP TỘI PHẠM\nĐăng lúc: 08:00 02/01/2022\nSáng 2/1, Công an huyện tổ chức lễ ra quân tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết Nguyên đán.',
        flagged: ['VÌ NHÂN DÂN PHỤC VỤ'],
        note: 'a capitalised slogan before a capitalised title',
      },
      {
        text: 'Khoa học - Công nghệ\nNhà khoa học trẻ chế tạo máy lọc nước từ vỏ trấu\nNhóm sinh viên Đại học Cần Thơ vừa chế tạo thành công máy lọc nước dùng than hoạt tính từ vỏ trấu với chi phí thấp.',
        flagged: ['Khoa học - Công nghệ'],
        note: 'a section label of four words or more is recognised by its section vocabulary',
      },
      {
        text: 'Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Yên Bái\n\nYên Bái đón 2 triệu lượt khách du lịch\n\nNăm nay, tỉnh Yên Bái đã đón hơn 2 triệu lượt khách du lịch, tăng 15% so với năm trước, doanh thu đạt gần 3 nghìn tỷ đồng.',
        flagged: ['Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Yên Bái'],
        note: 'a party paper’s masthead line, in mixed case',
      },
      {
        text: 'Thời sự\nKinh tế\nXã hội\nĐà Nẵng thông xe cầu vượt nút giao Hòa Cầm\nSáng 2/9, UBND thành phố Đà Nẵng tổ chức lễ thông xe cầu vượt nút giao Hòa Cầm sau hơn hai năm thi công.',
        flagged: ['Thời sự\nKinh tế\nXã hội'],
        note: 'a menu of section names, one per line, before the title',
      },
      {
        text: 'Đà Nẵng thông xe cầu vượt nút giao Hòa Cầm - Báo Sông Hàn\n\nĐà Nẵng thông xe cầu vượt nút giao Hòa Cầm\n\nSáng 2/9, UBND thành phố Đà Nẵng tổ chức lễ thông xe cầu vượt nút giao Hòa Cầm sau hơn hai năm thi công.',
        flagged: ['Đà Nẵng thông xe cầu vượt nút giao Hòa Cầm - Báo Sông Hàn'],
        note: 'the page’s title with the site’s name, above the heading',
      },
      {
        text: 'Hỏi đáp chính sách | Bảo hiểm xã hội\nNghỉ việc bao lâu thì được rút bảo hiểm xã hội một lần?\n\nNgười lao động sau một năm nghỉ việc mà không tiếp tục đóng bảo hiểm xã hội và có yêu cầu thì được hưởng bảo hiểm xã hội một lần.',
        flagged: ['Hỏi đáp chính sách | Bảo hiểm xã hội'],
        note: 'a section path written as a bar before the title',
      },
      {
        text: 'Thể thao\nTường thuật: Việt Nam 2-0 Indonesia\n\nĐội tuyển Việt Nam giành chiến thắng thuyết phục trước Indonesia trên sân Việt Trì ở lượt trận thứ ba bảng B.\n\nSau trận, huấn luyện viên trưởng cho biết toàn đội sẽ có một ngày nghỉ ngơi trước khi tập trung cho trận bán kết.',
        flagged: ['Thể thao'],
        note: 'a section name before a short title',
      },
    ],
    accepted: [
      {
        text: 'Cao tốc Bắc - Nam qua Khánh Hòa thông xe\n\nCao tốc Bắc - Nam\n\nSáng 2/9, Bộ Giao thông vận tải tổ chức lễ thông xe đoạn cao tốc Bắc - Nam qua tỉnh Khánh Hòa sau ba năm thi công.',
        note: 'a title with a dash in it, over a shorter heading',
      },
      {
        text: 'Cơ quan của tỉnh hỗ trợ người dân vùng lũ\n\nCác sở, ngành của tỉnh đã cử hơn 200 cán bộ xuống các xã vùng lũ để giúp người dân dọn dẹp nhà cửa sau khi nước rút.',
        note: 'a title beginning like a masthead, followed by its lead',
      },
      {
        text: 'NÔNG DÂN PHẤN KHỞI VÌ ĐƯỢC MÙA\n\nNhững ngày này, nông dân huyện Tam Nông đang tất bật thu hoạch lúa hè thu với năng suất cao hơn năm trước.',
        note: 'an all-caps title followed by its lead is the title',
      },
      {
        text: 'Hà Nội mưa lớn\nNhiều tuyến phố ngập sâu, giao thông ùn tắc kéo dài đến tối\nChiều 20/8, một trận mưa lớn kéo dài hơn hai giờ đã khiến nhiều tuyến phố nội thành Hà Nội ngập sâu.',
        note: 'a short title over its subtitle: four words that are not section names',
      },
      {
        text: 'Hội nghị HĐND tỉnh khóa XIII\n\nSáng 5/7, HĐND tỉnh khóa XIII khai mạc kỳ họp thứ tư để xem xét nhiều nội dung quan trọng về kinh tế - xã hội.',
      },
      {
        text: 'Giá xăng giảm | Dầu tăng nhẹ\n\nNgười lao động sau một năm nghỉ việc mà không tiếp tục đóng bảo hiểm xã hội và có yêu cầu thì được hưởng bảo hiểm xã hội một lần.\n\nCơ quan bảo hiểm khuyến khích người lao động bảo lưu thời gian đóng để được hưởng lương hưu khi đủ điều kiện về tuổi.',
        note: 'a title with a bar in it, followed by the lead',
      },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'site-banner').map((b) =>
      blockFinding(this, b, { en: `Site banner ${quote(b.what)} before the title.`, vi: `Băng-rôn của trang ${quote(b.what)} trước tiêu đề.` }),
    );
  },
};
