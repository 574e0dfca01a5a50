/**
 * A failure nobody planned for, as the pane tells it (describeError): what happened, that the
 * workbook is untouched, what to do. Errors the user can act on carry their own sentence.
 * French is the reference.
 */
export const errorWords = {
  fr: {
    unexpected: (message: string) =>
      `Une erreur inattendue est survenue : ${message}. Le classeur n’a pas été modifié ; réessayez, et si l’erreur persiste, signalez-la avec ce message.`,
    unknown: 'Une erreur inattendue est survenue. Le classeur n’a pas été modifié ; réessayez.',
  },
  en: {
    unexpected: (message: string) =>
      `An unexpected error occurred: ${message}. The workbook was not changed; try again, and if the error persists, report it with this message.`,
    unknown: 'An unexpected error occurred. The workbook was not changed; try again.',
  },
} as const;

export type ErrorWords = (typeof errorWords)['fr'] | (typeof errorWords)['en'];
