/** One import issue as a sentence: "file › row 3 «name»: what is wrong". Plain text, never markup. */
import { tm3Meridian } from '../../domain/import/crs';
import type { Issue } from '../../domain/import/issues';
import { formatMeridian } from '../../domain/import/vn2000';
import type { T } from '../useT';

const NAMED = [
  'wgs84',
  'vn2000-geo',
  'vn2000-utm48',
  'vn2000-utm49',
  'wgs84-utm48',
  'wgs84-utm49',
  'prj',
  'custom',
] as const;
const isNamed = (crs: string): crs is (typeof NAMED)[number] => (NAMED as readonly string[]).includes(crs);

/** A coordinate system in words; never the raw id. */
export function crsName({ t }: Pick<T, 't'>, crs: string): string {
  const m = tm3Meridian(crs);
  if (m !== null) return t('import.crs.vn2000-tm3', { meridian: formatMeridian(m) });
  return isNamed(crs) ? t(`import.crs.${crs}`) : t('import.crs.unknown');
}

export function issueText(T: Pick<T, 't'>, i: Issue): string {
  const { t } = T;
  const where = i.unit && i.index ? ` › ${t(`import.where.${i.unit}`, { n: i.index })}` : '';
  const label = i.label ? ` «${i.label}»` : '';
  const detail = i.code === 'reprojected' ? crsName(T, i.detail ?? '') : (i.detail ?? '');
  return `${i.file}${where}${label}: ${t(`import.issue.${i.code}`, { detail })}`;
}
