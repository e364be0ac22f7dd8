// Settings the engine understands, their defaults, and a validator that never throws:
// a bad value produces one warning and falls back to the default.
import type { Locale, Severity } from './types';

export type ToneStyle = 'auto' | 'traditional' | 'modern';
export type RuleSetting = Severity | 'off';

export interface Settings {
  locale: Locale;
  /** Master switch (editor only). */
  enable: boolean;
  /** Check plain-text files whose content is Vietnamese (editor only). */
  autoDetect: boolean;
  /** Tone placement the article should use; `auto` follows the document's majority. */
  toneStyle: ToneStyle;
  /** Per-rule severity or `off`, by rule id; a category (`spelling`) applies to all its rules. */
  rules: Record<string, RuleSetting>;
  /** Extra accepted words (user and workspace word lists). */
  words: string[];
  /** Above this size only the first part of the text is checked. */
  maxFileSizeKB: number;
  boilerplate: {
    /** Whether `source.fixAll` also removes boilerplate blocks. */
    removeOnFixAll: boolean;
    /** Extra header phrases that open a boilerplate block (plain text, case-insensitive). */
    extraHeaders: string[];
  };
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  locale: 'en',
  enable: true,
  autoDetect: true,
  toneStyle: 'auto',
  rules: {},
  words: [],
  maxFileSizeKB: 2048,
  boilerplate: { removeOnFixAll: false, extraHeaders: [] },
}) as Settings;

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface SettingsResult {
  settings: Settings;
  /** One line per ignored value, in English (shown to the user once). */
  warnings: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns whatever the client sent (possibly null, partial, or wrong) into valid settings.
 * `knownRuleIds` lets unknown rule ids be reported instead of silently kept.
 */
export function resolveSettings(raw: unknown, knownRuleIds: readonly string[] = []): SettingsResult {
  const warnings: string[] = [];
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    rules: {},
    words: [],
    boilerplate: { ...DEFAULT_SETTINGS.boilerplate, extraHeaders: [] },
  };
  if (raw === undefined || raw === null) return { settings: s, warnings };
  if (!isObject(raw)) {
    warnings.push(`vietproof settings must be an object, got ${typeof raw}; using defaults`);
    return { settings: s, warnings };
  }
  if (raw.locale !== undefined) {
    if (raw.locale === 'en' || raw.locale === 'vi') s.locale = raw.locale;
    else warnings.push(`vietproof.locale: expected "en" or "vi", got ${JSON.stringify(raw.locale)}`);
  }
  for (const key of ['enable', 'autoDetect'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'boolean') s[key] = raw[key];
    else warnings.push(`vietproof.${key}: expected true or false, got ${JSON.stringify(raw[key])}`);
  }
  if (raw.toneStyle !== undefined) {
    if (raw.toneStyle === 'auto' || raw.toneStyle === 'traditional' || raw.toneStyle === 'modern') s.toneStyle = raw.toneStyle;
    else warnings.push(`vietproof.toneStyle: expected auto, traditional or modern, got ${JSON.stringify(raw.toneStyle)}`);
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) warnings.push('vietproof.rules: expected an object of rule id → severity');
    else {
      const categories = ['spelling', 'style', 'boilerplate'];
      for (const [id, value] of Object.entries(raw.rules)) {
        const v = typeof value === 'boolean' ? (value ? undefined : 'off') : value;
        if (!categories.includes(id) && knownRuleIds.length && !knownRuleIds.includes(id)) {
          warnings.push(`vietproof.rules: unknown rule id "${id}"`);
          continue;
        }
        if (v === undefined) continue;
        if (typeof v !== 'string' || !SEVERITIES.includes(v)) {
          warnings.push(`vietproof.rules["${id}"]: expected error, warning, information, hint or off`);
          continue;
        }
        s.rules[id] = v as RuleSetting;
      }
    }
  }
  if (raw.words !== undefined) {
    if (!Array.isArray(raw.words)) warnings.push('vietproof.words: expected a list of words');
    else for (const w of raw.words) if (typeof w === 'string' && w.trim()) s.words.push(w.trim());
  }
  if (raw.maxFileSizeKB !== undefined) {
    const v = raw.maxFileSizeKB;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) s.maxFileSizeKB = v;
    else warnings.push(`vietproof.maxFileSizeKB: expected a positive number, got ${JSON.stringify(v)}`);
  }
  if (raw.boilerplate !== undefined) {
    if (!isObject(raw.boilerplate)) warnings.push('vietproof.boilerplate: expected an object');
    else {
      const b = raw.boilerplate;
      if (b.removeOnFixAll !== undefined) {
        if (typeof b.removeOnFixAll === 'boolean') s.boilerplate.removeOnFixAll = b.removeOnFixAll;
        else warnings.push('vietproof.boilerplate.removeOnFixAll: expected true or false');
      }
      if (b.extraHeaders !== undefined) {
        if (!Array.isArray(b.extraHeaders)) warnings.push('vietproof.boilerplate.extraHeaders: expected a list of phrases');
        else for (const h of b.extraHeaders) if (typeof h === 'string' && h.trim()) s.boilerplate.extraHeaders.push(h.trim());
      }
    }
  }
  return { settings: s, warnings };
}

/** The severity a rule runs at, or `off`. A rule id setting beats its category's setting. */
export function ruleSetting(settings: Settings, ruleId: string, defaultSeverity: Severity): RuleSetting {
  return settings.rules[ruleId] ?? settings.rules[ruleId.split('/')[0]] ?? defaultSeverity;
}
