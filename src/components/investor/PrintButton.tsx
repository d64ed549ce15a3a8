/**
 * Starts printing the zone sheet: the map adapter captures the map, then the sheet prints. The sheet's
 * code is its own chunk, fetched when printing is asked for (while the map is being captured).
 */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../useT';

const loadSheet = () => import('./PrintSheet');
const PrintSheet = lazy(() => loadSheet().then((m) => ({ default: m.PrintSheet })));

export function PrintButton({ id }: { id: string }) {
  const { t } = useT();
  const job = useAppStore((s) => s.print);
  const request = useAppStore((s) => s.requestPrint);
  const busy = job?.zoneId === id && job.image === null;
  const start = () => {
    void loadSheet();
    request(id);
  };
  return (
    <>
      <button type="button" className="secondary" onClick={start} disabled={busy} data-print={id}>
        {busy ? t('print.preparing') : t('print.button')}
      </button>
      {job?.zoneId === id && job.image !== null && (
        <Suspense fallback={null}>
          <PrintSheet zoneId={id} image={job.image} view={job.view} />
        </Suspense>
      )}
    </>
  );
}
