import { useEffect, useState } from 'react';

/**
 * Hash routes (#/people, #/conference/<id>/checkin): work from file:// in Electron and from the
 * loopback host alike, and keep the browser's back button meaningful.
 */
export type Route =
  | { name: 'start' }
  | { name: 'unit' }
  | { name: 'wording' }
  | { name: 'people' }
  | { name: 'backups' }
  | { name: 'help'; chapter: string }
  | { name: 'conference'; id: string; tab: ConferenceTab };

export const CONFERENCE_TABS = [
  'overview',
  'setup',
  'preparation',
  'agenda',
  'documents',
  'checkin',
] as const;
export type ConferenceTab = (typeof CONFERENCE_TABS)[number];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === 'unit') return { name: 'unit' };
  if (first === 'wording') return { name: 'wording' };
  if (first === 'people') return { name: 'people' };
  if (first === 'backups') return { name: 'backups' };
  if (first === 'help') return { name: 'help', chapter: second ?? 'README' };
  if (first === 'conference' && second) {
    const tab = CONFERENCE_TABS.find((t) => t === third) ?? 'overview';
    return { name: 'conference', id: second, tab };
  }
  return { name: 'start' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'help':
      return `#/help/${encodeURIComponent(route.chapter)}`;
    case 'conference':
      return `#/conference/${encodeURIComponent(route.id)}${route.tab === 'overview' ? '' : `/${route.tab}`}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
