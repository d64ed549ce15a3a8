import { useMemo } from 'react';
import type { Source } from '../../domain/sources';
import { useAppStore } from '../../store';

/** The bibliography by id, stable while the data is. */
export function useSources(): ReadonlyMap<string, Source> {
  const data = useAppStore((s) => s.data);
  return useMemo(
    () => new Map<string, Source>(data.status === 'ready' ? data.sources.map((s) => [s.id, s]) : []),
    [data],
  );
}
