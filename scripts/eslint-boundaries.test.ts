/**
 * The boundary and cycle rules of scripts/eslint.config.js can fail: for every folder's rule, a
 * planted file with one forbidden import fails lint, and the same file with an allowed import passes.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
// The cycle rule reads the import graph behind each planted file: seconds each on a busy machine.
const SLOW = { timeout: 120_000 };
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'scripts/eslint.config.js') });
});

/** The rule ids lint reports for this text at this path. */
async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const use = (name: string, from: string) =>
  `import { ${name} } from '${from}';\nexport const planted = ${name};\n`;

// [folder rule, planted file, forbidden import, allowed import]
const CASES: [string, string, string, string][] = [
  ['src/domain', 'src/domain/planted.ts', use('translate', '../i18n'), use('memoizeLast', './memo')],
  ['src/i18n', 'src/i18n/planted.ts', use('createAppStore', '../store'), use('LANGUAGES', '../domain/lang')],
  [
    'src/data',
    'src/data/planted.ts',
    use('createAppStore', '../store'),
    use('PlacesSchema', '../domain/dataFiles'),
  ],
  [
    'src/store → i18n',
    'src/store/planted.ts',
    use('translate', '../i18n'),
    use('memoizeLast', '../domain/memo'),
  ],
  [
    'src/store → data',
    'src/store/planted.ts',
    use('loadData', '../data/loadData'),
    use('pickLabel', '../domain/lang'),
  ],
  [
    'src/map → i18n',
    'src/map/planted.ts',
    use('translate', '../i18n'),
    use('selectZones', '../store/derived'),
  ],
  ['src/map → data', 'src/map/planted.ts', use('dataUrl', '../data/loadData'), use('FONT', './fonts')],
  [
    'src/components → map',
    'src/components/planted.ts',
    use('ZONE_LAYERS', '../map/layers'),
    use('translate', '../i18n'),
  ],
  [
    'src/components (subfolder) → import',
    'src/components/investor/planted.ts',
    use('startImport', '../../import'),
    use('useAppStore', '../../store'),
  ],
  [
    'src/import → store',
    'src/import/planted.ts',
    use('createAppStore', '../store'),
    use('translate', '../i18n'),
  ],
  [
    'src/app → tests',
    'src/app/planted.ts',
    use('CHROMIUM', '../../tests/e2e/chromium'),
    use('startImport', '../import'),
  ],
  ['src/main.tsx → map', 'src/main.tsx', use('ZONE_LAYERS', './map/layers'), use('boot', './app/boot')],
  [
    'scripts → map',
    'scripts/planted.ts',
    use('ZONE_LAYERS', '../src/map/layers'),
    use('ZONE_TILE_LAYER', '../src/domain/zoneTiles'),
  ],
  [
    'tests',
    'tests/unit/planted.test.ts',
    use('planted', '../../src/main'),
    use('createAppStore', '../../src/store'),
  ],
];

describe('layer boundaries (import-x/no-restricted-paths)', SLOW, () => {
  it.each(CASES)('%s: the forbidden import fails, the allowed one passes', async (_rule, file, bad, good) => {
    expect(await ruleIds(file, bad)).toContain('import-x/no-restricted-paths');
    expect(await ruleIds(file, good)).toEqual([]);
  });

  it('a type-only import counts as an import', async () => {
    const code = "import type { AppStore } from '../store';\nexport type Planted = AppStore;\n";
    expect(await ruleIds('src/import/planted.ts', code)).toContain('import-x/no-restricted-paths');
  });
});

describe('maplibre-gl and purity (no-restricted-imports)', SLOW, () => {
  it('only src/map imports maplibre-gl', async () => {
    expect(await ruleIds('src/components/planted.ts', use('Map', 'maplibre-gl'))).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('src/map/planted.ts', use('Map', 'maplibre-gl'))).toEqual([]);
  });

  it('src/domain imports no zustand or React', async () => {
    expect(await ruleIds('src/domain/planted.ts', use('createStore', 'zustand/vanilla'))).toContain(
      'no-restricted-imports',
    );
  });
});

describe('cycles (import-x/no-cycle)', SLOW, () => {
  it('an import back to a module that imports this one fails; a type-only one is allowed', async () => {
    // src/domain/search.ts imports src/domain/text.ts: text importing search closes a cycle.
    const back = use('buildSearchIndex', './search') + 'export const foldVietnamese = (s: string) => s;\n';
    expect(await ruleIds('src/domain/text.ts', back)).toContain('import-x/no-cycle');
    const typeOnly = "import type { SearchIndex } from './search';\nexport type Planted = SearchIndex;\n";
    expect(await ruleIds('src/domain/text.ts', typeOnly)).toEqual([]);
  });
});
