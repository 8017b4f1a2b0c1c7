import type { z } from 'zod';

/** One line per problem, "path: message" (the Signal-Desktop schema-error style). */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
