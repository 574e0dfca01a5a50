/**
 * A ledger row's JSON record, checked before use: a consolidation workbook is a file from outside,
 * and what its ledger says is rendered later (a finding's code, a replacement's reason). Anything
 * that does not fit the shape the ledger writes is refused, never guessed.
 */
import * as z from '../plan/zod';
import { facilityStatuses } from '../collect/layout/facilities';
import { findingCodes, type FindingCode } from '../returns/findings';
import type { LedgerRecord } from './ledger';

const text = z.string().check(z.maxLength(100_000));
const maybe = z.nullable(text);
const cellValue = z.union([text, z.number(), z.boolean(), z.null()]);
const count = z.number().check(z.int(), z.minimum(0));
const counts = z.object({ error: count, warning: count, info: count });
const instant = z.string().check(z.maxLength(40));
const maybeInstant = z.nullable(instant);
const recency = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generated_later'), newer: instant, older: maybeInstant }),
  z.object({ kind: z.literal('file_later'), newer: instant, older: maybeInstant, sameTemplate: z.boolean() }),
  z.object({ kind: z.literal('imported_later') }),
]);
const disagreement = z.object({ by: z.enum(['file_name', 'readme', 'manifest_name']), code: text, name: text });
const identity = z.union([
  z.object({ status: z.literal('agreed') }),
  z.object({ status: z.enum(['unconfirmed', 'confirmed']), claimed: text, claimedName: text, disagreements: z.array(disagreement) }),
]);
const version = z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000));
const summary = z.object({
  file: text,
  respondent: maybe,
  status: z.enum(['ok', 'warnings', 'errors', 'refused']),
  outcome: z.enum(['used', 'superseded', 'quarantined', 'unconfirmed', 'refused', 'unattributed']),
  counts,
  version: z.nullable(version),
  generatedAt: maybeInstant,
  fileDate: maybeInstant,
  importedAt: instant,
  valuesUsed: count,
  valuesReplaced: count,
  identity,
  replacedBy: z.array(z.object({ file: text, version: z.nullable(version), values: count, reason: recency })),
  hash: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  template: z.optional(z.nullable(z.object({ planId: maybe, planVersion: maybe, respondent: maybe, generatedAt: maybe }))),
});
const finding = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.pipe(
    z.string().check(z.refine((c: string) => (findingCodes as readonly string[]).includes(c))),
    z.transform((c: string) => c as FindingCode),
  ),
  file: maybe,
  sheet: maybe,
  cell: maybe,
  fiche: maybe,
  indicator: maybe,
  period: maybe,
  member: maybe,
  value: cellValue,
  params: z.record(z.string(), cellValue),
});
const source = z.object({ file: text, sheet: maybe, cell: maybe, version, generatedAt: maybeInstant, fileDate: maybeInstant, importedAt: instant, order: z.number().check(z.int()) });
const facility = z.object({
  facility: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
  name: text,
  commune: maybe,
  period: text,
  status: z.optional(z.enum(facilityStatuses)),
  supported: z.optional(z.boolean()),
  supportedBy: text,
  change: text,
});
const record = z.object({
  summary,
  findings: z.array(z.object({ finding, respondent: maybe })),
  comments: z.array(z.object({ respondent: text, code: text, member: text, text, source })),
  facilities: z.optional(z.array(facility).check(z.maxLength(100_000))),
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
