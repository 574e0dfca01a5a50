/**
 * The units of a file size as the pane shows it: « 85 Ko », « 1,3 Mo » in French, « 85 KB »,
 * « 1.3 MB » in English (1 KB = 1,024 bytes either way, as Windows shows). French is the reference.
 */
export const fileSizeWords = {
  fr: { bytes: (n: number) => `${n} octet${n > 1 ? 's' : ''}`, kb: 'Ko', mb: 'Mo', decimal: ',' },
  en: { bytes: (n: number) => `${n} byte${n === 1 ? '' : 's'}`, kb: 'KB', mb: 'MB', decimal: '.' },
} as const;

export type FileSizeWords = (typeof fileSizeWords)['fr'] | (typeof fileSizeWords)['en'];
