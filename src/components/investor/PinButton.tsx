/** Pins a zone to the shortlist (the comparison's columns), or unpins it. */
import { useAppStore } from '../../store';
import { type T, useT } from '../useT';
import './PinButton.css';

type PinToggleProps = {
  id: string;
  name: string;
  compact?: boolean;
  pinned: boolean;
  onToggle: (id: string) => void;
  t: T['t'];
};

/** The button itself, given its state: the result list renders many and reads the shortlist once. */
export function PinToggle({ id, name, compact = false, pinned, onToggle, t }: PinToggleProps) {
  return (
    <button
      type="button"
      className={compact ? 'pin-button pin-compact' : 'pin-button'}
      aria-pressed={pinned}
      aria-label={compact ? t(pinned ? 'pin.removeNamed' : 'pin.addNamed', { name }) : undefined}
      data-pin={id}
      onClick={() => onToggle(id)}
    >
      <span aria-hidden="true">{pinned ? '★' : '☆'}</span>
      {!compact && <> {t(pinned ? 'pin.remove' : 'pin.add')}</>}
    </button>
  );
}

export function PinButton({ id, name, compact = false }: { id: string; name: string; compact?: boolean }) {
  const { t } = useT();
  const pinned = useAppStore((s) => s.pinned.includes(id));
  const toggle = useAppStore((s) => s.togglePin);
  return <PinToggle id={id} name={name} compact={compact} pinned={pinned} onToggle={toggle} t={t} />;
}
