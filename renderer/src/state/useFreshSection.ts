import { useEffect, useState } from 'react';
import { writesSettled } from './pendingWrites';

/**
 * A screen whose sections (#/conference/<id>/<tab>/<section>) each read the service afresh once the
 * page's own writes have reached it, so an editor never starts from a stale copy (two windows, two
 * teams). True once `refresh` has run for the section shown; `superseded` tells a refresh that the
 * section changed meanwhile, so an older answer does not overwrite a newer one.
 */
export function useFreshSection<S>(
  section: S,
  refresh: (superseded: () => boolean) => Promise<unknown>,
): boolean {
  const [readySection, setReadySection] = useState<S | null>(null);
  useEffect(() => {
    let cancelled = false;
    void writesSettled()
      .then(() => refresh(() => cancelled))
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setReadySection(section);
      });
    return () => {
      cancelled = true;
    };
  }, [section, refresh]);
  return readySection === section;
}
