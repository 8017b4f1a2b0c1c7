import type { Handlers } from './handlers';
import type { ServicePorts } from './ports';
import { conferenceFileHandlers } from './conferenceFileHandlers';
import { conferenceHandlers } from './conferenceHandlers';
import { dataHandlers } from './dataHandlers';
import { documentHandlers } from './documentHandlers';
import { electionHandlers } from './electionHandlers';
import { exportHandlers } from './exportHandlers';
import { followUpHandlers } from './followUpHandlers';
import { boardWorkHandlers } from './boardWorkHandlers';
import { holidayHandlers } from './holidayHandlers';
import { documentSettingsHandlers } from './documentSettingsHandlers';
import { planningHandlers } from './planningHandlers';
import { proceedingsHandlers } from './proceedingsHandlers';
import { resolutionHandlers } from './resolutionHandlers';
import { rosterHandlers } from './rosterHandlers';
import { createServiceContext } from './serviceContext';
import { workspaceHandlers } from './workspaceHandlers';

/**
 * The use cases (load → pure transition → save) over injected ports, one group per feature. The
 * `Handlers` type makes the compiler refuse a service that forgets a channel of the contract.
 */
export function createAppService(ports: ServicePorts): Handlers {
  const ctx = createServiceContext(ports);
  const documentChannels = documentHandlers(ctx);
  return {
    ...workspaceHandlers(ctx),
    ...rosterHandlers(ctx),
    ...conferenceHandlers(ctx),
    ...conferenceFileHandlers(ctx),
    ...planningHandlers(ctx),
    ...documentChannels,
    // An exported file is built by the very handler that serves downloads.
    ...exportHandlers(ctx, documentChannels['documents:build']),
    ...electionHandlers(ctx),
    ...proceedingsHandlers(ctx),
    ...resolutionHandlers(ctx),
    ...followUpHandlers(ctx),
    ...boardWorkHandlers(ctx),
    ...documentSettingsHandlers(ctx),
    ...holidayHandlers(ctx),
    ...dataHandlers(ctx),
  };
}
