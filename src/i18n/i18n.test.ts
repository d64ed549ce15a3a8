import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatPartialDate,
  type Lang,
  LANGUAGES,
  MESSAGES,
  noteText,
  translate,
  translateNotice,
} from './index';
import { TABLES } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  // The types force this too (`satisfies Record<Lang, Table<typeof vi>>` in each table); this checks
  // the tables as they run, for every language of the list, so a new language cannot be half done.
  it('give every language of the list exactly the Vietnamese keys, none empty, per table', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      const keys = Object.keys(table.vi).sort();
      expect(Object.keys(table).sort(), name).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        const texts: Readonly<Record<string, string>> = (table as Record<Lang, Record<string, string>>)[lang];
        expect(Object.keys(texts).sort(), `${name}.${lang}`).toEqual(keys);
        for (const [key, text] of Object.entries(texts)) expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in every language', () => {
    for (const lang of LANGUAGES) {
      const texts: Readonly<Record<string, string>> = MESSAGES[lang];
      for (const [key, vi] of Object.entries(MESSAGES.vi))
        expect(placeholders(texts[key] ?? ''), `${lang}:${key}`).toEqual(placeholders(vi));
    }
  });

  it('hold each key in one table only', () => {
    const seen = new Map<string, string>();
    for (const [name, table] of Object.entries(TABLES))
      for (const key of Object.keys(table.vi)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
  });

  it('fill placeholders', () => {
    expect(translate('vi', 'filters.matching', { count: 5 })).toBe('5 khu phù hợp');
    expect(translate('en', 'results.count', { shown: 2, total: 9 })).toBe('2 of 9 zones');
    expect(translate('en', 'app.retry')).toBe('Retry');
  });

  it('pick a word by its count, by the language’s plural rules', () => {
    expect(translate('en', 'import.count', { count: 1 })).toBe('1 feature');
    expect(translate('en', 'import.count', { count: 0 })).toBe('0 features');
    expect(translate('en', 'import.count', { count: '240,000' })).toBe('240,000 features');
    expect(translate('en', 'filters.matching', { count: 1 })).toBe('1 zone matches');
    expect(translate('en', 'fit.summary', { pass: 1, fail: 3 })).toBe('1 zone passes, 3 do not');
    expect(translate('en', 'timeline.undated', { count: 1 })).toBe(
      '1 zone has no date and is hidden in the timeline.',
    );
    expect(translate('vi', 'import.count', { count: 1 })).toBe('1 đối tượng');
    expect(
      translateNotice('en', { key: 'import.noticeDone', params: { file: 'a', count: 1, problems: 2 } }),
    ).toBe('Imported “a”: 1 feature, 2 problems. See the “Your data” tab.');
  });

  it('write every word choice with two forms, by a count the text itself shows', () => {
    for (const lang of LANGUAGES)
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        const choices = [...text.matchAll(/\{(\w+)\|[^{}]*\}/g)];
        for (const [choice, name] of choices) {
          expect(choice, `${lang}:${key}`).toMatch(/^\{\w+\|[^|{}]+\|[^|{}]+\}$/);
          expect(placeholders(text), `${lang}:${key}: ${choice}`).toContain(name);
        }
      }
  });

  it('never put a count before a plural noun in English without a word choice', () => {
    const nouns = 'zones|features|problems|parks|figures|values|items|layers|files|rows';
    for (const [key, text] of Object.entries(MESSAGES.en))
      expect(text, key).not.toMatch(new RegExp(`\\{(count|total|pass|problems)\\} (${nouns})\\b`));
  });

  it('translate a notice in the language asked for, with a message inside it, keeping data as given', () => {
    const notice = {
      key: 'import.storageFailed',
      params: { name: '{count}.kml', reason: { key: 'import.storage.refused' } },
    } as const;
    expect(translateNotice('en', notice)).toContain('the browser refused to store it');
    expect(translateNotice('vi', notice)).toContain('trình duyệt từ chối lưu');
    expect(translateNotice('en', notice)).toContain('{count}.kml');
  });
});

describe('formats', () => {
  it('groups thousands the Vietnamese and the English way', () => {
    expect(formatNumber('vi', 1586)).toBe('1.586');
    expect(formatNumber('en', 1586)).toBe('1,586');
    expect(formatNumber('vi', 97.11)).toBe('97,11');
  });

  it('formats partial dates at their own precision', () => {
    expect(formatPartialDate('en', '2025')).toBe('2025');
    expect(formatPartialDate('en', '2025-12')).toBe('Dec 2025');
    expect(formatPartialDate('vi', '2025-12')).toMatch(/12.*2025/);
  });
});

describe('noteText', () => {
  it('shows a bilingual note in the interface language and a single-language note as written', () => {
    const note = { vi: 'diện tích gần đúng', en: 'approximate area' };
    expect(noteText('vi', note)).toBe('diện tích gần đúng');
    expect(noteText('en', note)).toBe('approximate area');
    expect(noteText('vi', 'city-level figure')).toBe('city-level figure');
  });
});
