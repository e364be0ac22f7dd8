// cleanArticle: idempotent, never invents or damages text, keeps line endings, removes furniture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../server/src/analysis/boilerplate';
import { resolveSettings } from '../../../server/src/analysis';

const CONTENT = [
  'Đêm hội trăng rằm cho thiếu nhi vùng biên',
  'Tối 28/9, Đồn Biên phòng Cửa khẩu tổ chức đêm hội trăng rằm cho hơn 200 em thiếu nhi trên địa bàn hai xã biên giới.',
  'Các em được xem múa lân, phá cỗ và nhận những phần quà ý nghĩa từ các chiến sĩ biên phòng.',
  'Thiếu nhi rước đèn trong đêm hội',
  '“Đây là năm thứ năm chúng tôi tổ chức đêm hội cho các em”',
  'Thiếu tá Lê Minh Đạt cho biết đơn vị sẽ duy trì hoạt động này hằng năm để các em có một mùa trung thu trọn vẹn.',
  'Ngọc Hân',
];
const FURNITURE = ['Tin cùng chủ đề', 'Bình luận (2)', 'Hotline: 0912 888 999', '0:00 / 3:05', 'Ảnh đêm hội.jpg', 'Lượt xem: 1.024', 'Chia sẻ Facebook Zalo'];
const RESIDUE = ['\u00a0\u00a0', '   ', '\u00a0'];

describe('cleanArticle', () => {
  it('is idempotent and only ever keeps (trimmed, NFC) input lines', () => {
    const line = fc.oneof(fc.constantFrom(...CONTENT), fc.constantFrom(...FURNITURE), fc.constantFrom(...RESIDUE), fc.constant(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 18 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, nfd) => {
        const text = lines.map((l) => (nfd ? l.normalize('NFD') : l)).join(eol);
        const once = cleanArticle(text);
        expect(cleanArticle(once)).toBe(once);
        const allowed = new Set(lines.map((l) => l.trim().normalize('NFC')));
        for (const out of once.split(/\r?\n/)) if (out) expect(allowed.has(out)).toBe(true);
        expect(once).not.toMatch(/(\r?\n){3}/);
        if (eol === '\n') expect(once).not.toContain('\r');
      }),
      { numRuns: 150 },
    );
  });

  it('removes furniture and keeps the article, with its line endings and final break', () => {
    const text = ['Đêm hội trăng rằm cho thiếu nhi vùng biên', '', CONTENT[1], '', 'Thiếu nhi rước đèn trong đêm hội. ảnh 1', '', CONTENT[2] + '\u00a0\u00a0\u00a0', '\u00a0', 'Ngọc Hân', '', 'Tin cùng chủ đề', '', 'Bộ đội biên phòng tặng quà học sinh nghèo', ''].join('\r\n');
    expect(cleanArticle(text)).toBe(['Đêm hội trăng rằm cho thiếu nhi vùng biên', '', CONTENT[1], '', 'Thiếu nhi rước đèn trong đêm hội.', '', CONTENT[2], '', 'Ngọc Hân', ''].join('\r\n'));
  });

  it('normalises to NFC and keeps a byte-order mark', () => {
    const text = '\ufeff' + 'Đêm hội trăng rằm'.normalize('NFD') + '\n\n' + CONTENT[1].normalize('NFD');
    expect(cleanArticle(text)).toBe('\ufeffĐêm hội trăng rằm\n\n' + CONTENT[1]);
  });

  it('uses the user’s extra headers', () => {
    const text = ['Đêm hội trăng rằm cho thiếu nhi vùng biên', CONTENT[1], 'Ngọc Hân', 'Góc nhìn khác', 'Trung thu sớm ở điểm trường vùng cao'].join('\n');
    const { settings } = resolveSettings({ boilerplate: { extraHeaders: ['Góc nhìn khác'] } });
    expect(cleanArticle(text, settings)).toBe(['Đêm hội trăng rằm cho thiếu nhi vùng biên', CONTENT[1], 'Ngọc Hân'].join('\n'));
  });

  it('keeps lone CR line breaks', () => {
    const text = ['Đêm hội trăng rằm cho thiếu nhi vùng biên', CONTENT[1], 'Ngọc Hân', 'Tin cùng chủ đề', 'Trung thu sớm ở điểm trường vùng cao'].join('\r');
    expect(cleanArticle(text)).toBe(['Đêm hội trăng rằm cho thiếu nhi vùng biên', CONTENT[1], 'Ngọc Hân'].join('\r'));
  });

  it('leaves an empty text empty', () => {
    expect(cleanArticle('')).toBe('');
    expect(cleanArticle('\n\n')).toBe('');
  });
});
