/** Words of a run stopped by the user (src/app/run.ts). French first. */
export const runWords = {
  fr: { cancelled: 'Opération annulée.' },
  en: { cancelled: 'Operation cancelled.' },
} as const;
