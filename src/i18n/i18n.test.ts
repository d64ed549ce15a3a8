import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, MESSAGES, noteText, translate } from './index';

describe('messages', () => {
  it('has every key in both languages, none empty', () => {
    const vi = Object.keys(MESSAGES.vi).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(vi);
    for (const lang of ['vi', 'en'] as const)
      for (const [key, text] of Object.entries(MESSAGES[lang]))
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.vi) as (keyof typeof MESSAGES.vi)[])
      expect(params(MESSAGES.en[key]), key).toEqual(params(MESSAGES.vi[key]));
  });

  it('fills placeholders', () => {
    expect(translate('vi', 'filters.matching', { count: 5 })).toBe('5 khu phù hợp');
    expect(translate('en', 'results.count', { shown: 2, total: 9 })).toBe('2 of 9 zones');
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
