/** A source's title as published, linked when it has an address, marked with the language it is in. */
import { type Source, sourceLang } from '../domain/sources';

export function SourceTitle({ source }: { source: Source }) {
  const lang = sourceLang(source);
  return source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer noopener" lang={lang}>
      {source.title}
    </a>
  ) : (
    <span lang={lang}>{source.title}</span>
  );
}
