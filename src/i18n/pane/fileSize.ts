/**
 * The units of a file size as the pane shows it: « 85 Ko », « 1,3 Mo » in French, « 85 KB »,
 * « 1.3 MB » in English (1 KB = 1,024 bytes either way, as Windows shows). French is the reference.
 */
import { defaultLang, type Lang } from '../lang';

export const fileSizeWords = {
  fr: { bytes: (n: number) => `${n} octet${n > 1 ? 's' : ''}`, kb: 'Ko', mb: 'Mo', decimal: ',' },
  en: { bytes: (n: number) => `${n} byte${n === 1 ? '' : 's'}`, kb: 'KB', mb: 'MB', decimal: '.' },
} as const;

/**
 * A file size as users read it: « 85 Ko », « 1,3 Mo » in French (1 Ko = 1 024 octets, as Windows
 * shows), « 85 KB », « 1.3 MB » in English.
 */
export function formatFileSize(bytes: number, lang: Lang = defaultLang): string {
  const words = fileSizeWords[lang];
  const kb = bytes / 1024;
  if (kb < 1) return words.bytes(bytes);
  if (kb < 1000) return `${Math.max(1, Math.round(kb))} ${words.kb}`;
  const mb = Math.round((kb / 1024) * 10) / 10;
  return `${String(mb).replace('.', words.decimal)} ${words.mb}`;
}

export type FileSizeWords = (typeof fileSizeWords)['fr'] | (typeof fileSizeWords)['en'];
