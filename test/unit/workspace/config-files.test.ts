import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFileIgnore, addWorkspaceWord, parseWordList, readWorkspaceChoices } from '../../../server/src/workspace/config-files';

const fresh = () => mkdtempSync(join(tmpdir(), 'vp-ws-'));

describe('workspace word list and ignores', () => {
  it('parses words, skipping comments and blank lines, in NFC', () => {
    expect(parseWordList('# tên riêng\nKrông Pắc\r\n\n  Ea Kar  # huyện\n' + 'ho\u0300a')).toEqual(['Krông Pắc', 'Ea Kar', 'hòa']);
  });

  it('adds a word once and reads it back', () => {
    const root = fresh();
    addWorkspaceWord(root, 'Cư M’gar');
    addWorkspaceWord(root, 'Cư M’gar');
    expect(readFileSync(join(root, '.vietproof', 'words.txt'), 'utf8')).toBe('Cư M’gar\n');
    expect(readWorkspaceChoices(root).words).toEqual(['Cư M’gar']);
  });

  it('records per-file ignores by relative path', () => {
    const root = fresh();
    addFileIgnore(root, join(root, 'bai', 'a.txt'), { rule: 'style/double-space' });
    addFileIgnore(root, join(root, 'bai', 'a.txt'), { word: 'Tiktok' });
    const c = readWorkspaceChoices(root);
    expect(c.files['bai/a.txt']).toEqual({ rules: ['style/double-space'], words: ['Tiktok'] });
    expect(c.warnings).toEqual([]);
  });

  it('reports a broken ignore file once and keeps going', () => {
    const root = fresh();
    mkdirSync(join(root, '.vietproof'));
    writeFileSync(join(root, '.vietproof', 'ignore.json'), '{ not json');
    writeFileSync(join(root, '.vietproof', 'words.txt'), 'Pleiku\n');
    const c = readWorkspaceChoices(root);
    expect(c.words).toEqual(['Pleiku']);
    expect(c.files).toEqual({});
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatch(/ignore\.json/);
    // adding to a broken file keeps a backup of it
    addFileIgnore(root, join(root, 'x.txt'), { rule: 'spelling' });
    expect(readFileSync(join(root, '.vietproof', 'ignore.json.bak'), 'utf8')).toBe('{ not json');
  });

  it('treats "__proto__" as a plain path and warns about values of the wrong type', () => {
    const root = fresh();
    mkdirSync(join(root, '.vietproof'));
    writeFileSync(join(root, '.vietproof', 'ignore.json'), '{"files": {"__proto__": {"rules": ["spelling"]}, "b.txt": {"rules": "style", "words": ["Ok", 7]}}}');
    const c = readWorkspaceChoices(root);
    expect(Object.getPrototypeOf(c.files)).toBe(null);
    expect(c.files['__proto__']).toEqual({ rules: ['spelling'], words: [] });
    expect(c.files['b.txt']).toEqual({ rules: [], words: ['Ok'] });
    expect(c.warnings).toHaveLength(2);
  });

  it('has no choices in an empty folder', () => {
    expect(readWorkspaceChoices(fresh())).toEqual({ words: [], files: {}, warnings: [] });
  });
});
