/**
 * The campaign ledger as a very hidden sheet of the consolidation workbook (format:
 * src/consolidate/ledger.ts): one row per file taken in, with what a later run needs to continue
 * the campaign. Very hidden, so that it neither prints nor shows in « Afficher… »; protected, so
 * that it is not edited by mistake.
 */
import { ledgerRows, ledgerSheetName, type LedgerRecord } from '../consolidate/ledger';
import type { Consolidation } from '../consolidate/types';
import type { Lang } from '../i18n/lang';
import type { Plan } from '../plan/schema';
import type { SheetSpec } from '../workbook/spec';

/** Each file with its findings, comments and standing Annexe 2 answers (findings by file name: the first file of a name holds them). */
export function ledgerRecords(consolidation: Consolidation): LedgerRecord[] {
  const holder = new Map<string, number>();
  consolidation.files.forEach((f, i) => {
    if (!holder.has(f.file)) holder.set(f.file, i);
  });
  const records: LedgerRecord[] = consolidation.files.map((summary) => ({ summary, findings: [], comments: [] }));
  for (const { finding, respondent } of consolidation.findings) {
    const at = finding.file !== null ? holder.get(finding.file) : undefined;
    if (at !== undefined) records[at]!.findings.push({ finding, respondent });
  }
  for (const comment of consolidation.comments) {
    const record = records.find((r) => r.summary.file === comment.source.file && r.summary.version === comment.source.version);
    record?.comments.push(comment);
  }
  for (const report of consolidation.followUp.facilities) {
    const from = report.source;
    const record = from && records.find((r) => r.summary.file === from.file && r.summary.version === from.version);
    if (!record) continue;
    // Written key by key, so that a record read back and written again is the same text.
    const { facility, name, commune, period, status, supported, supportedBy, change } = report;
    (record.facilities ??= []).push({ facility, name, commune, period, ...(status !== undefined ? { status } : {}), ...(supported !== undefined ? { supported } : {}), supportedBy, change });
  }
  return records;
}

export function buildLedgerSheet(plan: Plan, consolidation: Consolidation, lang: Lang): SheetSpec {
  const rows = ledgerRows({ planId: plan.id, planVersion: plan.version, lang, writtenAt: consolidation.now }, ledgerRecords(consolidation));
  return {
    name: ledgerSheetName,
    visibility: 'veryHidden',
    columns: [{ width: 40 }, { width: 12 }, { width: 40 }, { width: 66 }, { width: 26 }, { width: 12 }, { width: 40 }],
    rows: rows.map((row) => row.map((value) => ({ value }))),
    merges: [],
    protection: {},
  };
}
