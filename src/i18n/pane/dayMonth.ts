/** « 3 décembre » / « 3 December » from an ISO instant (UTC day), for the pane's sentences. */
import type { Lang } from '../lang';

const months = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

export function formatDayMonth(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const month = months[lang][Number(match[2]) - 1];
  return month === undefined ? iso : `${Number(match[3])} ${month}`;
}
