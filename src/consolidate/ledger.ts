/**
 * The campaign ledger: the very hidden sheet of a consolidation workbook that records every file
 * the campaign took in — its name, respondent, `_ctg` identity, content hash, when it was taken,
 * its outcome — with, per file, the record a later run needs to continue (its summary, findings
 * and comments as JSON). « Données » and « Historique » hold the values; the ledger holds the rest.
 * Its format is documented in docs/formats.md (« Le registre de campagne `_campagne` »).
 */
import type { Finding } from '../returns/findings';
import type { CellValue } from '../workbook/grid';
import type { FacilityReport } from './followUp';
import type { FileSummary, RespondentComment } from './types';

export const ledgerSheetName = '_campagne';
/** A1 of the ledger: what tells a consolidation of ours from any other workbook. */
export const ledgerMarker = 'ctg-consolidation';
/** B1: bumped when a column changes meaning; a reader refuses a format it does not know. */
export const ledgerFormat = 1;
/** Row 2: the columns of the file rows (row 3 on). The record's JSON runs from column G on, cut in chunks. */
export const ledgerColumns = ['file', 'respondent', 'ctg', 'sha256', 'taken_at', 'outcome', 'record'] as const;
/** Under Excel's 32 767 characters a cell; the record goes on in the next cells of its row. */
export const ledgerChunk = 30_000;

/** What the ledger keeps of one file, as JSON in its row. */
export type LedgerRecord = {
  summary: FileSummary;
  findings: Array<{ finding: Finding; respondent: string | null }>;
  comments: RespondentComment[];
  /**
   * The file's Annexe 2 answers that stood when it was written (not values: « Données » does not
   * hold them), so that a continued campaign keeps them. Absent in a ledger written before.
   */
  facilities?: LedgerFacilityAnswer[];
};

/** A facility answer as the ledger keeps it: its respondent and source are the file's own. */
export type LedgerFacilityAnswer = Omit<FacilityReport, 'respondent' | 'source'>;

/** Row 1 beyond the marker: the plan the campaign follows, the language its sheets are worded in, when it was written. */
export type LedgerHead = { planId: string; planVersion: string; lang: string; writtenAt: string };

export function ledgerRows(head: LedgerHead, records: readonly LedgerRecord[]): CellValue[][] {
  return [
    [ledgerMarker, ledgerFormat, head.planId, head.planVersion, head.lang, head.writtenAt],
    [...ledgerColumns],
    ...records.map((r) => {
      const s = r.summary;
      const json = JSON.stringify(r);
      const chunks: string[] = [];
      for (let at = 0; at < json.length; at += ledgerChunk) chunks.push(json.slice(at, at + ledgerChunk));
      return [s.file, s.respondent, s.template != null ? JSON.stringify(s.template) : null, s.hash ?? null, s.importedAt, s.outcome, ...chunks];
    }),
  ];
}
