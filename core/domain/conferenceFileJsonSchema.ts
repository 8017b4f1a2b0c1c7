import { z } from 'zod';
import { ConferenceFileSchema } from './conferenceFile';

/**
 * The JSON Schema of `*.hoinghi.json`, generated from the zod schema so the two cannot drift; published
 * as docs/schema/hoinghi.schema.json (a unit test fails when the published copy is stale). The input
 * side is described: fields with defaults may be left out of a file.
 */
export function conferenceFileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://hoinghi-cbccvc.local/schema/hoinghi.schema.json',
    ...z.toJSONSchema(ConferenceFileSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
