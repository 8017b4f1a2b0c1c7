import fs from 'node:fs';
import path from 'node:path';
import {
  ConferenceFileSchema,
  CONFERENCE_FILE_FORMAT,
  CONFERENCE_FILE_VERSION,
} from '../../core/domain/conferenceFile';
import { toIsoDate } from '../../core/domain/dates';
import {
  isDocumentId,
  type DocumentContext,
  type DocumentId,
} from '../../core/documents/documentContext';
import { boardRecordRefusal } from '../../core/documents/boardDocumentFacts';
import { documentProblems } from '../../core/documents/documentProblems';
import { CONFERENCE_FILE_MIGRATIONS, migrate } from '../../core/migrations/migrate';
import { formatIssues } from '../../core/service/formatIssues';
import { normalizeDeep } from '../../core/service/normalizeDeep';
import { ruleSet } from '../../core/rules/ruleSets';
import { documentBuilder } from '../node/documentBuilder';

/** A failure the command line reports in one Vietnamese sentence (plus detail lines) and exit 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export interface ExportOptions {
  file: string;
  outDir: string;
  only?: readonly string[];
  today?: Date;
  /**
   * Told each thing a document could not print as it should ("D22KH: …" — documentProblems.ts),
   * as the preview shows it: the file is written all the same.
   */
  warn?: (line: string) => void;
}

/** Reads a `*.hoinghi.json`, checks it exactly as the app does, and writes the DOCX files. */
export async function exportConference(options: ExportOptions): Promise<string[]> {
  let text: string;
  try {
    text = fs.readFileSync(options.file, 'utf8');
  } catch {
    throw new CliError(`Không đọc được tệp "${options.file}".`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliError(`Tệp "${options.file}" không phải JSON hợp lệ.`, [String(error)]);
  }
  if ((raw as { format?: unknown } | null)?.format !== CONFERENCE_FILE_FORMAT) {
    throw new CliError(`Tệp "${options.file}" không phải tệp hội nghị (*.hoinghi.json).`);
  }
  let migrated;
  try {
    migrated = migrate(raw, CONFERENCE_FILE_MIGRATIONS, CONFERENCE_FILE_VERSION);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const parsed = ConferenceFileSchema.safeParse(normalizeDeep(migrated.doc));
  if (!parsed.success)
    throw new CliError(`Nội dung tệp "${options.file}" không hợp lệ.`, formatIssues(parsed.error));

  const available = documentBuilder.available().map((d) => d.id);
  // Without --only: the documents of this conference (the election's when it holds one).
  const requested =
    options.only ??
    documentBuilder.available({ conference: parsed.data.conference }).map((d) => d.id);
  const unknown = requested.filter((id) => !isDocumentId(id) || !available.includes(id));
  if (unknown.length > 0) {
    throw new CliError(
      `Không có văn bản: ${unknown.join(', ')}. Có thể xuất: ${available.join(', ')}.`,
    );
  }
  const { unit, people, conference, inspectionBoard } = parsed.data;
  // D22 asked for by --only without the board record it prints (its latest).
  const refusal = boardRecordRefusal(conference, requested as DocumentId[]);
  if (refusal) throw new CliError(refusal);
  const ctx: DocumentContext = {
    unit,
    people,
    conference,
    inspectionBoard,
    rules: ruleSet(unit.ruleSetId),
    today: toIsoDate(options.today ?? new Date()),
  };
  const files = await documentBuilder.build(ctx, requested as DocumentId[]);
  for (const id of requested as DocumentId[]) {
    for (const problem of documentProblems(ctx, id)) options.warn?.(`${id}: ${problem}`);
  }
  fs.mkdirSync(options.outDir, { recursive: true });
  return files.map((file) => {
    const target = path.join(options.outDir, file.fileName);
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    return target;
  });
}
