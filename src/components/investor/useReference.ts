import { useEffect } from 'react';
import { useAppStore } from '../../store';

/** Starts loading the reference data (targets, distance layers) once a component needs it. */
export function useReference() {
  const reference = useAppStore((s) => s.reference);
  const ensure = useAppStore((s) => s.ensureReference);
  useEffect(() => {
    void ensure();
  }, [ensure]);
  return reference;
}
