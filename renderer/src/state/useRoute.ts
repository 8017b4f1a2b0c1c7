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
  | { name: 'conference'; id: string; tab: ConferenceTab; section?: string }
  /** The election results for a projector: a window (or overlay) of its own, no controls. */
  | { name: 'projector'; id: string }
  /** The conference day (current item, quorum, latest vote) for the hall's projector. */
  | { name: 'dayProjector'; id: string };

export const CONFERENCE_TABS = [
  'overview',
  'setup',
  'preparation',
  'agenda',
  'documents',
  'checkin',
  'election',
  'day',
  'resolution',
  'followUp',
  'boardWork',
] as const;
export type ConferenceTab = (typeof CONFERENCE_TABS)[number];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth] = parts;
  if (first === 'unit') return { name: 'unit' };
  if (first === 'wording') return { name: 'wording' };
  if (first === 'people') return { name: 'people' };
  if (first === 'backups') return { name: 'backups' };
  if (first === 'help') return { name: 'help', chapter: second ?? 'README' };
  if (first === 'conference' && second) {
    const tab = CONFERENCE_TABS.find((t) => t === third) ?? 'overview';
    return fourth
      ? { name: 'conference', id: second, tab, section: fourth }
      : { name: 'conference', id: second, tab };
  }
  if (first === 'projector' && second) return { name: 'projector', id: second };
  if (first === 'day-projector' && second) return { name: 'dayProjector', id: second };
  return { name: 'start' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'help':
      return `#/help/${encodeURIComponent(route.chapter)}`;
    case 'conference': {
      const tab = route.tab === 'overview' && !route.section ? '' : `/${route.tab}`;
      const section = route.section ? `/${encodeURIComponent(route.section)}` : '';
      return `#/conference/${encodeURIComponent(route.id)}${tab}${section}`;
    }
    case 'projector':
      return `#/projector/${encodeURIComponent(route.id)}`;
    case 'dayProjector':
      return `#/day-projector/${encodeURIComponent(route.id)}`;
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
