import type { Finding, Rule } from '../../types';
import { blockFinding, blocksOf, quote, REMOVE_LINE, spanFinding, spansOf } from './shared';

// Image residue: a line that is an image file name (`Toàn cảnh buổi lễ.jpg`), and a caption
// counter glued to the end of a caption (`Quang cảnh buổi lễ. ảnh 1`).
export const imageResidue: Rule = {
  id: 'boilerplate/image-residue',
  category: 'boilerplate',
  defaultSeverity: 'information',
  description: {
    en: 'Image residue: an image file name, or a caption counter glued to a caption.',
    vi: 'Phần thừa của ảnh: tên tệp ảnh, hoặc số thứ tự ảnh dính vào chú thích.',
  },
  fixes: 'Removes the file-name line, or strips the counter from the caption.',
  examples: {
    flagged: [
      {
        text: 'Trường mới cho học sinh vùng biên\n\nNgôi trường hai tầng với 12 phòng học vừa được bàn giao cho xã biên giới Thanh Thủy trước năm học mới.\n\nCổng trường mới xây.png\nCổng trường mới xây\n\nNgôi trường do các nhà hảo tâm đóng góp xây dựng trong sáu tháng.',
        flagged: ['Cổng trường mới xây.png'],
        fixed: 'Trường mới cho học sinh vùng biên\n\nNgôi trường hai tầng với 12 phòng học vừa được bàn giao cho xã biên giới Thanh Thủy trước năm học mới.\n\nCổng trường mới xây\n\nNgôi trường do các nhà hảo tâm đóng góp xây dựng trong sáu tháng.',
      },
      {
        text: 'Học sinh trong giờ ra chơi. ảnh 2',
        flagged: ['ảnh 2'],
        fixed: 'Học sinh trong giờ ra chơi.',
      },
      {
        text: 'Toàn cảnh buổi lễ ảnh 3',
        flagged: ['ảnh 3'],
        fixed: 'Toàn cảnh buổi lễ',
        note: 'a counter glued to a caption without a full stop',
      },
      {
        text: 'Mùa hoa tam giác mạch\n\nSáng 3/2, thành phố tổ chức khai mạc lễ hội hoa xuân với hàng trăm gian hàng trưng bày của các nhà vườn trong tỉnh.\n\nNhững cánh đồng hoa tại xã Sủng Là.\n\nẢnh 1/12\n\nBan tổ chức cho biết lễ hội kéo dài đến hết ngày 10/2 với nhiều hoạt động văn hóa, nghệ thuật đặc sắc dành cho du khách.',
        flagged: ['Ảnh 1/12'],
        note: 'a photo story\'s counter',
      },
    ],
    accepted: [
      { text: 'Ảnh: Lê Vũ', note: 'a photo credit' },
      { text: 'Tác giả đứng bên bức ảnh 2', note: 'a counted picture, not a counter' },
      { text: 'Triển lãm giới thiệu 120 bức ảnh tư liệu quý về các tỉnh miền núi phía Bắc.' },
      { text: 'Bản đồ quy hoạch được thể hiện ở hình 2 của báo cáo kèm theo.', note: 'a figure reference inside a sentence' },
    ],
  },
  check(doc, ctx) {
    const out: Finding[] = blocksOf(doc, ctx, 'image-residue').map((b) =>
      blockFinding(this, b, { en: `Image file name ${quote(b.what)}, not part of the article.`, vi: `Tên tệp ảnh ${quote(b.what)}, không thuộc bài viết.` }, REMOVE_LINE),
    );
    for (const s of spansOf(doc, ctx, 'image-residue')) {
      const counter = doc.text.slice(s.start, s.end);
      out.push(
        spanFinding(
          this,
          s,
          { en: `Caption counter ${quote(counter)} glued to the caption.`, vi: `Số thứ tự ảnh ${quote(counter)} dính vào chú thích.` },
          { en: `Strip “${counter}” from the caption`, vi: `Bỏ “${counter}” khỏi chú thích` },
        ),
      );
    }
    return out;
  },
};
