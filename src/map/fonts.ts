/** Bundled Noto Sans with full Vietnamese glyphs: labels render with no glyph server. */
import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import vietnameseUrl from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';

export const FONT = 'Noto Sans Regular';

const abs = (u: string) => new URL(u, document.baseURI).href;

export function fontFaces() {
  return {
    [FONT]: [
      {
        url: abs(vietnameseUrl),
        'unicode-range': [
          'U+0102-0103',
          'U+0110-0111',
          'U+0128-0129',
          'U+0168-0169',
          'U+01A0-01A1',
          'U+01AF-01B0',
          'U+1EA0-1EF9',
        ],
      },
      { url: abs(latinExtUrl), 'unicode-range': ['U+0100-02BA', 'U+1E00-1E9F'] },
      { url: abs(latinUrl), 'unicode-range': ['U+0000-00FF', 'U+2000-206F'] },
    ],
  };
}
