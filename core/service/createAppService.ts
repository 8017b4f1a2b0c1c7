import type { Handlers } from './handlers';
import type { ServicePorts } from './ports';
import { conferenceFileHandlers } from './conferenceFileHandlers';
import { conferenceHandlers } from './conferenceHandlers';
import { dataHandlers } from './dataHandlers';
import { documentHandlers } from './documentHandlers';
import { planningHandlers } from './planningHandlers';
import { rosterHandlers } from './rosterHandlers';
import { createServiceContext } from './serviceContext';
import { workspaceHandlers } from './workspaceHandlers';

/**
 * The use cases (load → pure transition → save) over injected ports, one group per feature. The
 * `Handlers` type makes the compiler refuse a service that forgets a channel of the contract.
 */
export function createAppService(ports: ServicePorts): Handlers {
  const ctx = createServiceContext(ports);
  return {
    ...workspaceHandlers(ctx),
    ...rosterHandlers(ctx),
    ...conferenceHandlers(ctx),
    ...conferenceFileHandlers(ctx),
    ...planningHandlers(ctx),
    ...documentHandlers(ctx),
    ...dataHandlers(ctx),
  };
}
