import { useEffect, useState } from 'react';
import { conferenceTitle } from '../../../core/domain/conference';
import { call } from '../api';

/**
 * What every projector view shares: the conference's title for its top line ('' until read) and,
 * when shown as a layer over the app (`onClose` set), Esc to close it.
 */
export function useProjectorWindow(
  conferenceId: string,
  onClose: (() => void) | undefined,
): string {
  const [title, setTitle] = useState('');
  useEffect(() => {
    void call('conference:get', { id: conferenceId }).then(
      (result) => result.ok && setTitle(conferenceTitle(result.data)),
    );
  }, [conferenceId]);
  useEffect(() => {
    if (!onClose) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return title;
}
