import { createNodeService, type NodeService } from '../../electron/node/createNodeService';
import { dispatch } from '../../core/service/dispatch';
import type { Channel, ChannelInput, ChannelOutput } from '../../core/contract';
import { tempDir } from './paths';

export interface TestApp extends NodeService {
  dataDir: string;
  /** Calls through the same door the transports use; throws with the Vietnamese message on failure. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function startService(dataDir = tempDir(), now?: () => Date): TestApp {
  const service = createNodeService({ dataDir, mode: 'browser', ...(now ? { now } : {}) });
  return {
    ...service,
    dataDir,
    async call(channel, input) {
      const result = await dispatch(service.handlers, channel, input);
      if (!result.ok)
        throw new Error(
          `${result.error.code}: ${result.error.message} ${result.error.issues.join('; ')}`,
        );
      return result.data as never;
    },
  };
}
