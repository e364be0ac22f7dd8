import type { Finding, Rule } from '../../types';
import { composeCased, hasStyleVariants, type PlacementStyle } from '../../text/syllable';
import { HINT, spellingDoc, type Slot } from '../spelling/context';

// Both placements of the tone in oa, oe, uy without a final are correct (hòa/hoà, thủy/thuỷ,
// khỏe/khoẻ), but one article should use one. The minority form is flagged and fixed to the
// article's majority, or to every form of the style chosen in vietproof.toneStyle.

const NAME: Record<PlacementStyle, { en: string; vi: string }> = {
  traditional: { en: 'traditional (hòa, thủy)', vi: 'kiểu cũ (hòa, thủy)' },
  modern: { en: 'modern (hoà, thuỷ)', vi: 'kiểu mới (hoà, thuỷ)' },
};

export const toneStyle: Rule = {
  id: 'style/tone-style',
  category: 'style',
  defaultSeverity: 'information',
  description: {
    en: 'Tone marks of oa, oe, uy placed in both the traditional (hòa) and the modern (hoà) style in one article.',
    vi: 'Bài viết dùng lẫn hai kiểu đặt dấu thanh với oa, oe, uy: kiểu cũ (hòa) và kiểu mới (hoà).',
  },
  fixes: 'Rewrites the minority form in the article’s majority style (or the style set in vietproof.toneStyle).',
  examples: {
    flagged: [
      {
        text: 'Ban Thường vụ Tỉnh ủy họp với các cấp ủy cơ sở; cấp uỷ phải sâu sát hơn.',
        flagged: ['uỷ'],
        fixed: 'Ban Thường vụ Tỉnh ủy họp với các cấp ủy cơ sở; cấp ủy phải sâu sát hơn.',
      },
      {
        text: 'Hoà giải ở cơ sở, hoà nhập cộng đồng và sức khỏe người dân.',
        flagged: ['khỏe'],
        fixed: 'Hoà giải ở cơ sở, hoà nhập cộng đồng và sức khoẻ người dân.',
      },
      {
        text: 'Thủy lợi và hòa bình.',
        settings: { toneStyle: 'modern' },
        flagged: ['Thủy', 'hòa'],
        fixed: 'Thuỷ lợi và hoà bình.',
      },
    ],
    accepted: [
      { text: 'Hòa bình, thủy lợi, sức khỏe, văn hóa: kiểu cũ trong cả bài.' },
      { text: 'Hoà bình, thuỷ lợi, sức khoẻ, văn hoá: kiểu mới trong cả bài.' },
      { text: 'Hoàn thành, quý khách, thuyền viên, khoáng sản: không có hai cách đặt dấu.' },
    ],
  },
  check(doc, ctx) {
    const sd = spellingDoc(doc, ctx);
    const byStyle: Record<PlacementStyle, Slot[]> = { traditional: [], modern: [] };
    const { slots, hints } = sd;
    for (let i = 0; i < slots.length; i++) {
      if (!(hints[i] & HINT.oneStyle)) continue;
      const s = slots[i];
      const p = s.parsed!;
      if (!hasStyleVariants(p.syllable)) continue;
      if (ctx.acceptedWords.has(s.lower)) continue;
      byStyle[p.styles[0]].push(s);
    }
    const setting = ctx.settings.toneStyle;
    let target: PlacementStyle;
    if (setting === 'traditional' || setting === 'modern') target = setting;
    else {
      // only a mix is an error; on a tie follow Vietnamese news, which writes the traditional style
      if (!byStyle.traditional.length || !byStyle.modern.length) return [];
      target = byStyle.modern.length > byStyle.traditional.length ? 'modern' : 'traditional';
    }
    const other: PlacementStyle = target === 'traditional' ? 'modern' : 'traditional';
    const majority = byStyle[target].length;
    const out: Finding[] = [];
    for (const s of byStyle[other]) {
      const text = composeCased(s.parsed!.syllable, target, s.casing, s.token.nfc);
      const why =
        setting === 'auto'
          ? { en: `the article writes the ${NAME[target].en} style ${majority} time(s)`, vi: `bài viết dùng ${NAME[target].vi} ${majority} lần` }
          : { en: `vietproof.toneStyle is ${target}`, vi: `cài đặt vietproof.toneStyle là ${target}` };
      out.push({
        ruleId: this.id,
        category: this.category,
        severity: this.defaultSeverity,
        start: s.token.start,
        end: s.token.end,
        message: {
          en: `${'“' + s.token.nfc + '”'} uses the ${NAME[other].en} tone placement, but ${why.en}: write ${'“' + text + '”'}.`,
          vi: `${'“' + s.token.nfc + '”'} đặt dấu ${NAME[other].vi}, trong khi ${why.vi}: viết ${'“' + text + '”'}.`,
        },
        fixes: [
          {
            title: { en: `Change to “${text}”`, vi: `Sửa thành “${text}”` },
            edits: [{ start: s.token.start, end: s.token.end, newText: text }],
            preferred: true,
            confidence: 'high',
          },
        ],
      });
    }
    return out;
  },
};
