/**
 * A refused file's finding (`file_refused`, src/returns/result.ts `refusedResult`) in words: its
 * `reason` is the refusal's code, its other params the refusal's own (a damaged archive's own
 * `reason` travels as `cause`). The .xlsx guards' codes are worded by src/i18n/untrustedFile, the
 * codes of files not read at all by src/i18n/fileAccess, a consolidation that cannot be continued
 * (src/consolidate/readConsolidation.ts `ConsolidationIssue`) by src/i18n/campaign.
 */
import type { UntrustedFileCode } from '../workbook/fileIssues';
import { isConsolidationIssueCode, renderConsolidationCode } from './campaign';
import { fileAccessCodes, fileAccessInEnglish, renderFileAccess, type FileAccessCode } from './fileAccess';
import type { Lang } from './lang';
import { refusedInEnglish } from './untrustedFile/en';
import { untrustedFileCodes, untrustedFileFr } from './untrustedFile/fr';

type Params = Record<string, string | number | boolean | null>;

const isUntrusted = (code: string): code is UntrustedFileCode => (untrustedFileCodes as readonly string[]).includes(code);
const isFileAccess = (code: string): code is FileAccessCode => (fileAccessCodes as readonly string[]).includes(code);

/** The refusal's own params: strings and numbers, `cause` back to its `reason`. */
function ownParams(params: Params): Record<string, string | number> {
  const own: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'reason' || (typeof value !== 'string' && typeof value !== 'number')) continue;
    own[key === 'cause' ? 'reason' : key] = value;
  }
  return own;
}

const notRead = 'Le fichier n’a pas pu être lu.';

function fr(params: Params): string {
  const code = String(params.reason);
  const own = ownParams(params);
  if (isUntrusted(code)) return untrustedFileFr({ code, params: own });
  if (isConsolidationIssueCode(code)) return renderConsolidationCode(code, own, 'fr');
  // A failure of the reader itself (no system error code): its own text, when it has one.
  if (code === 'unreadable' && own.errno === undefined) return own.message !== undefined ? String(own.message) : notRead;
  if (isFileAccess(code)) return renderFileAccess(code, own, 'fr');
  return own.message !== undefined ? String(own.message) : notRead;
}

function en(params: Params): string {
  const code = String(params.reason);
  if (isConsolidationIssueCode(code)) return renderConsolidationCode(code, ownParams(params), 'en');
  return refusedInEnglish[code] ?? fileAccessInEnglish(code) ?? `File refused (${code}).`;
}

export function renderFileRefusal(params: Params, lang: Lang = 'fr'): string {
  return lang === 'en' ? en(params) : fr(params);
}
