/**
 * An error the user can act on, raised by the file effects (a choice this page cannot honour, a
 * selection that names nobody…). Its message is in the pane's language (src/i18n/pane) and says
 * what and how to fix; the string `code` tells `describeError` to show that message as is rather
 * than as an unexpected failure.
 */
export type FileEffectErrorCode =
  | 'not_available_here'
  | 'unknown_respondents'
  | 'no_respondents'
  | 'unknown_periods'
  | 'invalid_deadline'
  | 'refused_file';

export class FileEffectError extends Error {
  readonly code: FileEffectErrorCode;

  constructor(code: FileEffectErrorCode, message: string) {
    super(message);
    this.name = 'FileEffectError';
    this.code = code;
  }
}
