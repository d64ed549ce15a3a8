/** Starts printing the zone sheet: the map adapter captures the map, then the sheet prints. */
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { PrintSheet } from './PrintSheet';

export function PrintButton({ id }: { id: string }) {
  const { t } = useT();
  const job = useAppStore((s) => s.print);
  const request = useAppStore((s) => s.requestPrint);
  const busy = job?.zoneId === id && job.image === null;
  return (
    <>
      <button type="button" className="secondary" onClick={() => request(id)} disabled={busy} data-print={id}>
        {busy ? t('print.preparing') : t('print.button')}
      </button>
      {job?.zoneId === id && job.image !== null && (
        <PrintSheet zoneId={id} image={job.image} view={job.view} />
      )}
    </>
  );
}
