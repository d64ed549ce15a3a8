import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, slugify, textLang } from './text';

describe('foldVietnamese', () => {
  it.each([
    ['Hòa Lạc', 'hoa lac'],
    ['Hoà Lạc', 'hoa lac'],
    ['HOA LAC', 'hoa lac'],
    ['Đông Anh', 'dong anh'],
    ['Sóc Sơn', 'soc son'],
    ['Quảng Oai', 'quang oai'],
    ['Thường Tín', 'thuong tin'],
    ['Ứng Hòa', 'ung hoa'],
    ['Mê Linh', 'me linh'],
    ['Phú Xuyên', 'phu xuyen'],
    ['Bắc Từ Liêm', 'bac tu liem'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Ho\u0300a La\u0323c')).toBe('hoa lac');
  });
});

describe('slugify', () => {
  it('makes ids from Vietnamese names', () => {
    expect(slugify('Xã Quang Minh')).toBe('xa-quang-minh');
    expect(slugify('Phường Văn Miếu - Quốc Tử Giám')).toBe('phuong-van-mieu-quoc-tu-giam');
  });
});

describe('compareVietnamese', () => {
  it('sorts Đ with D and ignores tones first', () => {
    expect(['Đông Anh', 'Ba Vì', 'Cầu Giấy', 'Ứng Hòa'].sort(compareVietnamese)).toEqual([
      'Ba Vì',
      'Cầu Giấy',
      'Đông Anh',
      'Ứng Hòa',
    ]);
  });
});

describe('textLang', () => {
  it('reads Vietnamese from its letters and anything else as English', () => {
    expect(textLang('Hà Nội đặt mục tiêu xây dựng 46/159 cụm công nghiệp')).toBe('vi');
    expect(textLang('Hanoi develops industrial parks for 2021–2025')).toBe('en');
    expect(textLang('Ha Noi approves two clusters')).toBe('en');
  });
});
