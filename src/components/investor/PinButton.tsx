/** Pins a zone to the shortlist (the comparison's columns), or unpins it. */
import { useAppStore } from '../../store';
import { useT } from '../useT';
import './PinButton.css';

export function PinButton({ id, name, compact = false }: { id: string; name: string; compact?: boolean }) {
  const { t } = useT();
  const pinned = useAppStore((s) => s.pinned.includes(id));
  const toggle = useAppStore((s) => s.togglePin);
  return (
    <button
      type="button"
      className={compact ? 'pin-button pin-compact' : 'pin-button'}
      aria-pressed={pinned}
      aria-label={compact ? t(pinned ? 'pin.removeNamed' : 'pin.addNamed', { name }) : undefined}
      data-pin={id}
      onClick={() => toggle(id)}
    >
      <span aria-hidden="true">{pinned ? '★' : '☆'}</span>
      {!compact && <> {t(pinned ? 'pin.remove' : 'pin.add')}</>}
    </button>
  );
}
