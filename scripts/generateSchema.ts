// Writes docs/schema/hoinghi.schema.json from the zod schema (npm run schema).
import fs from 'node:fs';
import path from 'node:path';
import { conferenceFileJsonSchema } from '../core/domain/conferenceFileJsonSchema';

const target = path.resolve(import.meta.dirname, '..', 'docs', 'schema', 'hoinghi.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(conferenceFileJsonSchema(), null, 2)}\n`);
console.log(`Đã ghi ${path.relative(process.cwd(), target)}`);
