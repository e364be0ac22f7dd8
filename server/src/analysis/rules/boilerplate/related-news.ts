import type { Rule } from '../../types';
import { blockFinding, blocksOf, quote } from './shared';

// Navigation and related-news blocks: a list header (`Tin cùng chuyên mục`, or any short line made
// of web-furniture words) and the headlines and teasers under it, to the end of the block; an inline
// `Đọc tiếp: <headline>` link; a breadcrumb trail. One finding per block.
export const relatedNews: Rule = {
  id: 'boilerplate/related-news',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Navigation or related-news block left by the scraper (a list header and the headlines under it).',
    vi: 'Khối điều hướng hoặc tin liên quan do công cụ thu thập để lại (tiêu đề danh sách và các tin bên dưới).',
  },
  fixes: 'Removes the whole block with its line breaks.',
  examples: {
    flagged: [
      {
        text: 'Phố núi vào mùa hoa\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn.\n\nNgọc Lan\n\nBài cùng chủ đề\n\nDu khách đổ về phố núi dịp cuối tuần\n\nNhà vườn trồng hoa thu lãi lớn',
        flagged: ['Bài cùng chủ đề\n\nDu khách đổ về phố núi dịp cuối tuần\n\nNhà vườn trồng hoa thu lãi lớn'],
        fixed: 'Phố núi vào mùa hoa\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn.\n\nNgọc Lan',
        note: 'a header never seen before, recognised by its words; the headlines under it go with it',
      },
      {
        text: 'Cầu mới nối hai bờ sông\n\nChiều 9/5, huyện Phú Tân khánh thành cây cầu dài 300 mét nối hai xã cù lao với trung tâm huyện.\n\nĐọc tiếp: Hàng nghìn hộ dân được hưởng lợi từ dự án giao thông nông thôn\n\nCây cầu được xây dựng trong 14 tháng với tổng vốn hơn 80 tỉ đồng từ ngân sách tỉnh và huyện.\n\nBà con địa phương rất phấn khởi khi không còn phải đi đò sang sông như trước đây.',
        flagged: ['Đọc tiếp: Hàng nghìn hộ dân được hưởng lợi từ dự án giao thông nông thôn'],
        note: 'an inline link in the body; the article resumes after it',
      },
      {
        text: 'Trang nhà › Xã hội › Giáo dục\n\nHọc sinh vùng cao đến trường sau kỳ nghỉ Tết\n\nSáng nay, hơn 5.000 học sinh các huyện vùng cao đã trở lại trường sau kỳ nghỉ Tết kéo dài hai tuần.',
        flagged: ['Trang nhà › Xã hội › Giáo dục'],
        note: 'a breadcrumb trail before the title',
      },
      {
        text: 'Trang chủ | Thời sự | Kinh tế | Văn hóa | Thể thao\nHọc sinh vùng cao đến trường sau kỳ nghỉ Tết\nSáng nay, hơn 5.000 học sinh các huyện vùng cao đã trở lại trường sau kỳ nghỉ Tết kéo dài hai tuần.',
        flagged: ['Trang chủ | Thời sự | Kinh tế | Văn hóa | Thể thao'],
        note: 'a menu bar of section names',
      },
      {
        text: 'Mùa lúa chín\n\nNông dân xã Tân Lập đang khẩn trương thu hoạch lúa đông xuân trước khi mưa lớn kéo dài.\n\nĐiểm tin trong ngày\n\nGiá phân bón tiếp tục giảm',
        settings: { boilerplate: { removeOnFixAll: false, extraHeaders: ['Điểm tin trong ngày'] } },
        flagged: ['Điểm tin trong ngày\n\nGiá phân bón tiếp tục giảm'],
        note: 'a header the user added in vietproof.boilerplate.extraHeaders',
      },
      {
        text: 'Trang chủ / Xã hội / Chính sách dân tộc và tôn giáo\nTrao 500 suất quà cho đồng bào vùng cao\nSáng 12/1, UBND huyện trao 500 suất quà Tết cho các hộ đồng bào dân tộc thiểu số có hoàn cảnh khó khăn.',
        flagged: ['Trang chủ / Xã hội / Chính sách dân tộc và tôn giáo'],
        note: 'from the home page, a section name may be longer',
      },
      {
        text: 'Tăng cường phòng chống dịch tả lợn\n\nUBND tỉnh vừa ban hành công văn yêu cầu các địa phương tăng cường kiểm soát việc vận chuyển lợn qua địa bàn.\n\nTệp đính kèm: Công văn số 812/UBND-NN',
        flagged: ['Tệp đính kèm: Công văn số 812/UBND-NN'],
        note: 'an attached document’s link',
      },
      {
        text: 'Làng gốm Bát Tràng vào mùa Tết\n\nNhững ngày cuối năm, các lò gốm ở Bát Tràng đỏ lửa suốt đêm để kịp giao hàng cho khách ở khắp các tỉnh.\n\nVideo\n\nNghệ nhân tạo hình sản phẩm trên bàn xoay. Ảnh: Hà Linh\n\nMột sản phẩm đẹp cần đủ ba yếu tố:\n\nĐất sét tốt\n\nMen màu bền\n\nÔng Lê Văn Thành, một nghệ nhân lâu năm, cho biết năm nay đơn hàng tăng gần gấp đôi so với năm trước.\n\nNhiều lò đã phải thuê thêm thợ từ các làng bên để kịp tiến độ giao hàng trước Tết.',
        flagged: ['Video'],
        note: 'a media label in the body heads no list: the caption and the short lines after it are the article',
      },
      {
        text: 'Giá cà phê tăng mạnh\n\nGiá cà phê nhân xô tại Tây Nguyên hôm nay tăng thêm 2.000 đồng mỗi kg, lên mức cao nhất trong vòng một tháng qua.\n\nĐọc thêm\nXuất khẩu cà phê đạt kỷ lục\nNông dân Đắk Nông thu hoạch cà phê sớm\nNông dân phơi cà phê tại sân nhà. Ảnh: Hữu Long\n\nGiá tăng nhờ nguồn cung giảm.\n\nTheo các doanh nghiệp, lượng hàng tồn kho tại các cảng xuất khẩu hiện ở mức thấp nhất trong nhiều năm trở lại đây.\n\nNhiều nông dân đã bán ra một phần cà phê dự trữ để tận dụng giá cao trước khi bước vào vụ thu hoạch mới.',
        flagged: ['Đọc thêm\nXuất khẩu cà phê đạt kỷ lục\nNông dân Đắk Nông thu hoạch cà phê sớm'],
        note: 'a box inside the body: the caption and sentence before the article resumes stay',
      },
      {
        text: 'Giá cà phê tăng mạnh\n\nGiá cà phê nhân xô tại Tây Nguyên hôm nay tăng thêm 2.000 đồng mỗi kg, lên mức cao nhất trong vòng một tháng qua.\n\nĐọc thêm\nXuất khẩu cà phê đạt kỷ lục\nVì sao giá cà phê tăng liên tục?\n\nTheo các doanh nghiệp, lượng hàng tồn kho tại các cảng xuất khẩu hiện ở mức thấp nhất trong nhiều năm trở lại đây.\n\nNhiều nông dân đã bán ra một phần cà phê dự trữ để tận dụng giá cao trước khi bước vào vụ thu hoạch mới.',
        flagged: ['Đọc thêm\nXuất khẩu cà phê đạt kỷ lục\nVì sao giá cà phê tăng liên tục?'],
        note: 'a listed headline may end with a question mark',
      },
      {
        text: 'Bất động sản | Thị trường | Dự án | Nhà đẹp\nGiá nhà ven đô tăng mạnh sau thông tin quy hoạch\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.',
        flagged: ['Bất động sản | Thị trường | Dự án | Nhà đẹp'],
        note: 'a section menu whose items hold no widget word',
      },
      {
        text: 'Nam Định thắng ngược Hà Nội FC\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.\n\nHoàng Anh\n\nBảng xếp hạng\n1 | Nam Định | 17\n2 | Hà Nội FC | 14\nXem đầy đủ\n\nTin liên quan\nHLV đội tuyển triệu tập 30 cầu thủ chuẩn bị giải\nĐội chủ nhà thắng đậm trên sân nhà tối qua',
        flagged: ['Bảng xếp hạng\n1 | Nam Định | 17\n2 | Hà Nội FC | 14\nXem đầy đủ\n\nTin liên quan\nHLV đội tuyển triệu tập 30 cầu thủ chuẩn bị giải\nĐội chủ nhà thắng đậm trên sân nhà tối qua'],
        note: 'a standings widget between the byline and the list after it',
      },
      {
        text: 'Lễ hội hoa xuân\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.\n\nTin ảnh khác\nSắc vàng mùa lúa chín trên ruộng bậc thang\nĐêm hội trăng rằm ở phố cổ Hội An',
        flagged: ['Tin ảnh khác\nSắc vàng mùa lúa chín trên ruộng bậc thang\nĐêm hội trăng rằm ở phố cổ Hội An'],
      },
      {
        text: 'Lễ hội hoa xuân\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nXem trực tiếp\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.\n\nNăm nay, lượng khách đến tham quan dự kiến tăng khoảng 20% so với năm trước nhờ thời tiết thuận lợi và giá vé ưu đãi.',
        flagged: ['Xem trực tiếp'],
        note: 'a live-stream button',
      },
      {
        text: 'Rút bảo hiểm xã hội một lần\n\nNgười lao động sau một năm nghỉ việc mà không tiếp tục đóng bảo hiểm xã hội và có yêu cầu thì được hưởng bảo hiểm xã hội một lần.\n\nCơ quan bảo hiểm khuyến khích người lao động bảo lưu thời gian đóng để được hưởng lương hưu khi đủ điều kiện về tuổi.\n\nMọi thắc mắc xin gửi về chuyên mục Hỏi đáp qua email hoidap@baolaodong24.vn.\nCâu hỏi khác\nĐóng bảo hiểm tự nguyện bao nhiêu năm thì được hưởng lương hưu?',
        flagged: ['Câu hỏi khác\nĐóng bảo hiểm tự nguyện bao nhiêu năm thì được hưởng lương hưu?'],
        note: 'a list header right under a contact line still heads its list',
      },
      {
        text: 'Việt Nam thắng Indonesia\n\nĐội tuyển Việt Nam giành chiến thắng thuyết phục trước Indonesia trên sân Việt Trì ở lượt trận thứ ba bảng B.\n\nSau trận, huấn luyện viên trưởng cho biết toàn đội sẽ có một ngày nghỉ ngơi trước khi tập trung cho trận bán kết.\n\nĐông Hải\n\nKết quả | Lịch thi đấu | Bảng xếp hạng | Vua phá lưới\nViệt Nam | 3 | 7\nIndonesia | 3 | 4',
        flagged: ['Kết quả | Lịch thi đấu | Bảng xếp hạng | Vua phá lưới\nViệt Nam | 3 | 7\nIndonesia | 3 | 4'],
        note: 'a sports site\'s section menu and standings after the byline',
      },
      {
        text: 'Đạo diễn kể chuyện nghề\n\nỞ tuổi 86, đạo diễn vẫn miệt mài với những dự án mới và dành cho chúng tôi cuộc trò chuyện về nghề làm phim.\n\nÔng đánh giá thế nào về điện ảnh trẻ hiện nay?\n\nĐạo diễn: Các bạn trẻ có kỹ thuật tốt, nhưng cần dám nói thật về cuộc sống và con người hôm nay.\n\nBài liên quan\nĐạo diễn nhận giải thưởng thành tựu trọn đời\n\nNhiều nhà phê bình từng đánh giá ông là một trong những đạo diễn tiêu biểu của điện ảnh cách mạng Việt Nam.\n\nXin cảm ơn ông!\n\nLam Giang (thực hiện)',
        flagged: ['Bài liên quan\nĐạo diễn nhận giải thưởng thành tựu trọn đời'],
        note: 'a box inside an interview: the article resumes with a paragraph, the closing thanks and the byline',
      },
    ],
    accepted: [
      {
        text: 'Tăng cường phòng chống dịch tả lợn\n\nUBND tỉnh vừa ban hành công văn yêu cầu các địa phương tăng cường kiểm soát việc vận chuyển lợn qua địa bàn.\n\nDanh sách các chốt kiểm dịch được gửi kèm văn bản đính kèm công văn gửi các huyện.',
        note: 'a sentence that mentions an attachment',
      },
      {
        text: 'Tin vui cho bà con vùng lũ\n\nSáng 12/10, đoàn công tác của tỉnh đã trao 500 suất quà cho các hộ dân bị thiệt hại nặng trong đợt lũ vừa qua.\n\nTin, ảnh: Hoàng Vy',
        note: 'a title starting with “Tin” and a byline are article content',
      },
      {
        text: 'Bài học kinh nghiệm\n\nTheo lãnh đạo huyện, bài học lớn nhất là phải lắng nghe ý kiến của người dân ngay từ đầu khi triển khai dự án.\n\nKinh nghiệm cho thấy việc công khai thông tin giúp giảm đáng kể khiếu nại.',
        note: 'a short subheading in the body',
      },
      {
        text: 'Những điểm mới\n\nNghị định mới có nhiều điểm mới về thủ tục cấp phép xây dựng nhà ở riêng lẻ tại nông thôn, giúp người dân tiết kiệm thời gian.\n\nNhững con số nổi bật\n\nTrong quý I, toàn tỉnh đã cấp hơn 1.200 giấy phép xây dựng, tăng 30% so với cùng kỳ năm trước.\n\nSở Xây dựng cho biết sẽ tiếp tục rút ngắn thời gian giải quyết hồ sơ trong các quý tiếp theo.',
        note: 'subheadings that use some furniture words',
      },
      {
        text: 'Xem xét kỷ luật cán bộ vi phạm\n\nChiều 4/6, Ủy ban Kiểm tra Huyện ủy họp xem xét kỷ luật hai cán bộ vi phạm quy định về quản lý đất đai tại xã.',
        note: 'a title that starts with a furniture word',
      },
      {
        text: 'Kế hoạch phát triển năm 2025\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nChỉ tiêu | Kinh tế | Xã hội | Môi trường\nĐạt | 12 | 9 | 7\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.\n\nNăm nay, lượng khách đến tham quan dự kiến tăng khoảng 20% so với năm trước nhờ thời tiết thuận lợi và giá vé ưu đãi.',
        note: 'a table whose header row is made of section names',
      },
      {
        text: 'Lễ hội hoa xuân\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nNhững thách thức khác\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.\n\nNăm nay, lượng khách đến tham quan dự kiến tăng khoảng 20% so với năm trước nhờ thời tiết thuận lợi và giá vé ưu đãi.',
        note: 'a subheading ending in `khác` inside the article',
      },
    ],
  },
  check(doc, ctx) {
    return blocksOf(doc, ctx, 'related-news').map((b) =>
      blockFinding(this, b, {
        en: `Navigation or related-news block (${quote(b.what)}), not part of the article.`,
        vi: `Khối điều hướng hoặc tin liên quan (${quote(b.what)}), không thuộc bài viết.`,
      }),
    );
  },
};
