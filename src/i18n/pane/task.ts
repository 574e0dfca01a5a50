/** Words of a long task's state under its button: progress, cancel, cancelled. French first. */
export const taskWords = {
  fr: { cancel: 'Annuler', cancelled: 'Opération annulée : rien n’a été modifié.' },
  en: { cancel: 'Cancel', cancelled: 'Cancelled: nothing was changed.' },
} as const;
