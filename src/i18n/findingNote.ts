/**
 * The note a checked cell carries, in the annotated copy and in the open workbook: a title, then a
 * line per finding, « • Erreur : … ».
 */
import { annotatedCopyWords } from './annotatedCopy';
import { renderFinding } from './findings';
import { severityLabel } from './findingsReport';
import type { Lang } from './lang';
import type { Finding } from '../returns/findings';

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function findingsNote(findings: readonly Finding[], lang: Lang): string {
  const lines = findings.map((f) => `• ${capitalise(severityLabel(f.severity, lang))} : ${renderFinding(f, lang)}`);
  return `${annotatedCopyWords[lang].noteTitle}\n${lines.join('\n')}`;
}
