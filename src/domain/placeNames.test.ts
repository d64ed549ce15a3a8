import { describe, expect, it } from 'vitest';
import { communeLabel, districtLabel } from './placeNames';

describe('place names in each language', () => {
  it('names a former district by its kind of unit, keeping the diacritics', () => {
    expect(districtLabel({ name: 'Thạch Thất', type: 'Huyện' })).toEqual({
      vi: 'Huyện Thạch Thất',
      en: 'Thạch Thất District',
    });
    expect(districtLabel({ name: 'Ba Đình', type: 'Quận' }).en).toBe('Ba Đình District');
    expect(districtLabel({ name: 'Sơn Tây', type: 'Thị xã' }).en).toBe('Sơn Tây Town');
  });
  it('names a 2025 commune or ward in English after its proper name', () => {
    expect(communeLabel({ name: 'Phường Ba Đình' })).toEqual({ vi: 'Phường Ba Đình', en: 'Ba Đình Ward' });
    expect(communeLabel({ name: 'Xã Quang Minh' }).en).toBe('Quang Minh Commune');
  });
  it('leaves a name it cannot read as it is', () => {
    expect(communeLabel({ name: 'Hà Nội' })).toEqual({ vi: 'Hà Nội', en: 'Hà Nội' });
  });
});
