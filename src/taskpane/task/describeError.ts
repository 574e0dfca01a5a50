import { ExcelAdapterError, issueMessage } from '../../excel';
import { defaultLang, type Lang } from '../../i18n/lang';
import { errorWords } from '../../i18n/pane/errors';

/**
 * Any failure as one sentence for the user, in `lang`. Errors the user can act on carry theirs
 * already: the effects' (FileEffectError, in the pane's language) and the adapters'
 * (ExcelAdapterError, said again in `lang`; UntrustedFileError, French whatever `lang`).
 */
export function describeError(error: unknown, lang: Lang = defaultLang): string {
  const words = errorWords[lang];
  // The adapter's errors carry their issue as data: said in the pane's language.
  if (error instanceof ExcelAdapterError && lang !== 'fr') return issueMessage(error.issue, lang);
  if (error instanceof Error && error.message !== '') {
    const named = error as Error & { issue?: unknown; code?: unknown };
    if (named.issue !== undefined || typeof named.code === 'string') return error.message;
    return words.unexpected(error.message);
  }
  return words.unknown;
}
