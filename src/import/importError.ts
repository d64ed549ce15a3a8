/** Thrown by readers when a whole file must be refused; carries the issue to show. */
import type { Issue } from '../domain/import/issues';

export class ImportError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}
