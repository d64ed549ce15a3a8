/** Legend swatches drawn from the same tables as the map style. */
import type { CSSProperties } from 'react';
import { KIND_COLORS, STATUS_FILL_OPACITY } from '../domain/symbology';
import type { ZoneKind, ZoneStatus } from '../domain/vocab';

export const kindSwatch = (kind: ZoneKind): CSSProperties => ({
  background: KIND_COLORS[kind],
  borderColor: KIND_COLORS[kind],
});

export const statusSwatch = (status: ZoneStatus): CSSProperties => ({
  background: `rgba(85,85,85,${STATUS_FILL_OPACITY[status]})`,
  borderColor: '#555',
});
