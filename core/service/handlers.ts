import type { z } from 'zod';
import type { Channel, ChannelOutput, Contract } from '../contract';

/** Every channel must have a handler: the compiler refuses a service that forgets one. */
export type Handlers = {
  [C in Channel]: (
    input: z.output<Contract[C]['input']>,
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
