/**
 * A ledger row's JSON record, checked before use: a consolidation workbook is a file from outside,
 * and what its ledger says is rendered later (a finding's code, a replacement's reason). Anything
 * that does not fit the shape the ledger writes is refused, never guessed.
 */
import { z } from 'zod';
import { facilityStatuses } from '../collect/layout/facilities';
import { findingCodes, type FindingCode } from '../returns/findings';
import type { LedgerRecord } from './ledger';

const text = z.string().max(100_000);
const maybe = text.nullable();
const cellValue = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
const counts = z.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) });
const instant = z.string().max(40);
const recency = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generated_later'), newer: instant, older: instant.nullable() }),
  z.object({ kind: z.literal('file_later'), newer: instant, older: instant.nullable(), sameTemplate: z.boolean() }),
  z.object({ kind: z.literal('imported_later') }),
]);
const disagreement = z.object({ by: z.enum(['file_name', 'readme', 'manifest_name']), code: text, name: text });
const identity = z.union([
  z.object({ status: z.literal('agreed') }),
  z.object({ status: z.enum(['unconfirmed', 'confirmed']), claimed: text, claimedName: text, disagreements: z.array(disagreement) }),
]);
const version = z.number().int().min(1).max(1_000_000);
const summary = z.object({
  file: text,
  respondent: maybe,
  status: z.enum(['ok', 'warnings', 'errors', 'refused']),
  outcome: z.enum(['used', 'superseded', 'quarantined', 'unconfirmed', 'refused', 'unattributed']),
  counts,
  version: version.nullable(),
  generatedAt: instant.nullable(),
  fileDate: instant.nullable(),
  importedAt: instant,
  valuesUsed: z.number().int().min(0),
  valuesReplaced: z.number().int().min(0),
  identity,
  replacedBy: z.array(z.object({ file: text, version: version.nullable(), values: z.number().int().min(0), reason: recency })),
  hash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  template: z.object({ planId: maybe, planVersion: maybe, respondent: maybe, generatedAt: maybe }).nullable().optional(),
});
const finding = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().refine((c) => (findingCodes as readonly string[]).includes(c)).transform((c) => c as FindingCode),
  file: maybe,
  sheet: maybe,
  cell: maybe,
  fiche: maybe,
  indicator: maybe,
  period: maybe,
  member: maybe,
  value: cellValue,
  params: z.record(z.string(), z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()])),
});
const source = z.object({ file: text, sheet: maybe, cell: maybe, version, generatedAt: instant.nullable(), fileDate: instant.nullable(), importedAt: instant, order: z.number().int() });
const facility = z.object({
  facility: z.number().int().min(0).max(1_000_000).nullable(),
  name: text,
  commune: maybe,
  period: text,
  status: z.enum(facilityStatuses).optional(),
  supported: z.boolean().optional(),
  supportedBy: text,
  change: text,
});
const record = z.object({
  summary,
  findings: z.array(z.object({ finding, respondent: maybe })),
  comments: z.array(z.object({ respondent: text, code: text, member: text, text, source })),
  facilities: z.array(facility).max(100_000).optional(),
});

/** The record a ledger row's JSON holds, or null when it is not one the ledger writes. */
export function parseLedgerRecord(json: string): LedgerRecord | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = record.safeParse(data);
  return parsed.success ? (parsed.data) : null;
}
