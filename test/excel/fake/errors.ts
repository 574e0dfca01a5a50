/** Errors as Office.js raises them: name « RichApi.Error », a string `code` from Excel.ErrorCodes. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(location !== undefined ? { errorLocation: location } : {}) };
  }
}

export const fail = (code: string, message: string, location?: string): never => {
  throw new FakeOfficeError(code, message, location);
};

/** Thrown where the fake does not model something: a test needing it must extend the fake. */
export class FakeUnsupportedError extends Error {
  override readonly name = 'FakeUnsupportedError';
}

export const unsupported = (what: string): never => {
  throw new FakeUnsupportedError(`Fake Excel: ${what} n'est pas modélisé.`);
};
