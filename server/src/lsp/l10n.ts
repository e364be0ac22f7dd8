// Strings the server itself shows (code action titles, notices), in the client's language.
import type { Locale, LocalizedText } from '../analysis/types';

export function localeFrom(raw: string | undefined): Locale {
  return raw && raw.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export const pick = (t: LocalizedText, locale: Locale): string => t[locale] ?? t.en;

export const STRINGS = {
  addToDictionary: (w: string): LocalizedText => ({ en: `Add "${w}" to workspace dictionary`, vi: `Thêm "${w}" vào từ điển của thư mục` }),
  ignoreInFile: (w: string): LocalizedText => ({ en: `Ignore "${w}" in this file`, vi: `Bỏ qua "${w}" trong tệp này` }),
  disableRuleInFile: (id: string): LocalizedText => ({ en: `Disable ${id} for this file`, vi: `Tắt ${id} cho tệp này` }),
  fixAll: { en: 'Fix all sure VietProof findings', vi: 'Sửa mọi lỗi VietProof chắc chắn' },
  indexing: { en: 'VietProof: indexing articles', vi: 'VietProof: đang lập chỉ mục bài viết' },
  cleanArticle: { en: 'Clean article (remove boilerplate)', vi: 'Làm sạch bài viết (xóa phần thừa)' },
  noWorkspace: { en: 'No workspace folder is open: the word was not saved.', vi: 'Chưa mở thư mục nào: không lưu được từ.' },
  settingsWarning: (w: string): LocalizedText => ({ en: `VietProof settings: ${w}`, vi: `Cài đặt VietProof: ${w}` }),
} as const;
