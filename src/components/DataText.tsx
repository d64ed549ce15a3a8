/**
 * Text from the data in the view's language. A pair gives the view's side; a plain string is a name
 * as written (a company, a publisher) and is marked with its own language when that differs.
 */
import type { Note } from '../domain/zone';
import { textLang } from '../domain/text';
import type { T } from './useT';

export function DataText({ value, tr }: { value: Note; tr: Pick<T, 'note' | 'lang'> }) {
  if (typeof value !== 'string') return <>{tr.note(value)}</>;
  const lang = textLang(value);
  return lang === tr.lang ? <>{value}</> : <span lang={lang}>{value}</span>;
}
