export type JsonObject = Record<string, unknown>;

/** One numbered, pure step: a stored document of version `from` becomes version `from + 1`. */
export interface Migration {
  from: number;
  description: string;
  up(doc: JsonObject): JsonObject;
}
