/** Any failure as one French sentence for the user: adapter errors carry theirs already. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message !== '') {
    // Our adapters' errors (ExcelAdapterError, UntrustedFileError) are written in French for the user.
    const named = error as Error & { issue?: unknown; code?: unknown };
    if (named.issue !== undefined || typeof named.code === 'string') return error.message;
    return `Une erreur inattendue est survenue : ${error.message}. Le classeur n’a pas été modifié ; réessayez, et si l’erreur persiste, signalez-la avec ce message.`;
  }
  return 'Une erreur inattendue est survenue. Le classeur n’a pas été modifié ; réessayez.';
}
