import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from '../../server/src/analysis/settings';
import { ruleSetting } from '../../server/src/analysis/settings';

describe('settings', () => {
  it('defaults for null, undefined and an empty object', () => {
    for (const raw of [null, undefined, {}]) {
      const r = resolveSettings(raw);
      expect(r.warnings).toEqual([]);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('takes valid values', () => {
    const { settings, warnings } = resolveSettings(
      { toneStyle: 'modern', rules: { spelling: 'error', 'style/double-space': 'off' }, words: ['Krông Búk'], maxFileSizeKB: 64, boilerplate: { removeOnFixAll: true, extraHeaders: ['Đọc tiếp'] }, autoDetect: false },
      ['style/double-space'],
    );
    expect(warnings).toEqual([]);
    expect(settings.toneStyle).toBe('modern');
    expect(settings.rules).toEqual({ spelling: 'error', 'style/double-space': 'off' });
    expect(settings.words).toEqual(['Krông Búk']);
    expect(settings.maxFileSizeKB).toBe(64);
    expect(settings.boilerplate).toEqual({ removeOnFixAll: true, extraHeaders: ['Đọc tiếp'] });
    expect(settings.autoDetect).toBe(false);
  });

  it('warns once per bad value and falls back to the default', () => {
    const { settings, warnings } = resolveSettings(
      { toneStyle: 'sideways', rules: { 'spelling/nope': 'error', 'style/double-space': 'loud' }, words: 'abc', maxFileSizeKB: -3, boilerplate: 7, enable: 'yes' },
      ['style/double-space'],
    );
    expect(warnings).toHaveLength(7);
    expect(warnings.join('\n')).toMatch(/enable[\s\S]*toneStyle[\s\S]*unknown rule id "spelling\/nope"[\s\S]*double-space[\s\S]*words[\s\S]*maxFileSizeKB[\s\S]*boilerplate/);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects a non-object', () => {
    const r = resolveSettings('loud');
    expect(r.warnings).toHaveLength(1);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a rule id beats its category', () => {
    const { settings } = resolveSettings({ rules: { spelling: 'off', 'spelling/tone-placement': 'hint' } });
    expect(ruleSetting(settings, 'spelling/tone-placement', 'warning')).toBe('hint');
    expect(ruleSetting(settings, 'spelling/other', 'warning')).toBe('off');
    expect(ruleSetting(settings, 'style/x', 'warning')).toBe('warning');
  });
});
