import { describe, expect, it } from 'vitest';
import { detectLang } from './detect';

describe('detectLang', () => {
  it('follows the link first', () => expect(detectLang('en', ['vi-VN'])).toBe('en'));
  it('then the first supported browser language', () => {
    expect(detectLang(null, ['fr-FR', 'en-GB', 'vi'])).toBe('en');
    expect(detectLang(null, ['vi-VN', 'en-US'])).toBe('vi');
  });
  it('falls back to Vietnamese', () => {
    expect(detectLang(null, ['fr-FR', 'ja'])).toBe('vi');
    expect(detectLang(null, [])).toBe('vi');
  });
});
