/**
 * What every file operation needs, resolved once by `fileEffects`: where files go, the clock, the
 * language, the size cap, and the lazily loaded .xlsx chunk (ExcelJS stays out of the pane's
 * initial script until an operation needs it).
 */
import type { Lang } from '../../i18n/lang';
import type { Download } from './download';

export type XlsxChunk = typeof import('../xlsxChunk');

/** The .xlsx chunk, fetched on first call (webpack caches the module afterwards). */
export function loadXlsxChunk(): Promise<XlsxChunk> {
  return import(/* webpackChunkName: "xlsx" */ '../xlsxChunk');
}

export type FileContext = {
  download: Download;
  /** ISO timestamp. */
  now: () => string;
  lang: Lang;
  /** Files larger than this are refused unread; the guards' cap (xlsxChunk.maxFileBytes) when undefined. */
  maxFileBytes: number | undefined;
  xlsx: () => Promise<XlsxChunk>;
};

/** The size cap in force: the option given, else the guards' own. */
export function sizeCap(context: FileContext, xlsx: XlsxChunk): number {
  return context.maxFileBytes ?? xlsx.maxFileBytes;
}
