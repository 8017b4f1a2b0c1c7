import { useCallback, useState } from 'react';
import { routeHref } from './useRoute';

/**
 * Showing a screen on the hall's projector: in browser mode a window of its own (`route`, named
 * `windowName` so a second click brings back the same window); the desktop app denies new windows
 * (electron/main setWindowOpenHandler), so there — or when a popup is blocked — a full-screen
 * layer over the app, shown while `projecting`.
 */
export function useProjector(
  route: { name: 'projector' | 'dayProjector'; id: string },
  windowName: string,
) {
  const [projecting, setProjecting] = useState(false);
  const project = () => {
    if (!window.api && window.open(routeHref(route), windowName, 'popup')) return;
    setProjecting(true);
  };
  const stopProjecting = useCallback(() => setProjecting(false), []);
  return { projecting, project, stopProjecting };
}
