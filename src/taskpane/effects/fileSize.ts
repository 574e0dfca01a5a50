import { defaultLang, type Lang } from '../../i18n/lang';
import { fileSizeWords } from '../../i18n/pane/fileSize';

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
