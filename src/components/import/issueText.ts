/** One import issue as a sentence: "file › row 3 «name»: what is wrong". Plain text, never markup. */
import type { Issue } from '../../domain/import/issues';
import type { MessageKey } from '../../i18n';
import type { T } from '../useT';

export function issueText({ t }: Pick<T, 't'>, i: Issue): string {
  const where = i.unit && i.index ? ` › ${t(`import.where.${i.unit}` as MessageKey, { n: i.index })}` : '';
  const label = i.label ? ` «${i.label}»` : '';
  return `${i.file}${where}${label}: ${t(`import.issue.${i.code}` as MessageKey, { detail: i.detail ?? '' })}`;
}

export const crsName = ({ t }: Pick<T, 't'>, crs: string) => t(`import.crs.${crs}` as MessageKey);
