/**
 * What the pane keeps of the returns it took in, in the workbook's document settings, so that on
 * reopening in the same workbook it can say what it had (issue 16, point 4): their identities —
 * file name, respondent, the `_ctg` identity, a content hash, the outcome — never their data, and
 * nothing in the browser's storage. Read back field by field: a workbook comes from anywhere.
 * (The consolidation workbook's own ledger, kept by the campaign, is the fuller record.)
 */
import type { ReturnStatus } from '../../returns/result';
import type { CheckedReturn } from '../../app/checkReturns';

export const returnsRecordKey = 'ctg.returnsTaken';

export type TakenReturn = {
  file: string;
  respondent: { code: string; name: string } | null;
  /** From `_ctg`: plan, version, generation time; null for a return recognised otherwise. */
  identity: { planId: string | null; planVersion: string | null; generatedAt: string | null } | null;
  /** SHA-256 of the file's bytes (hex); null for the workbook open in Excel or where unknown. */
  hash: string | null;
  status: ReturnStatus;
};

export type ReturnsRecord = { format: 'ctg-retours-pris/1'; takenAt: string; returns: TakenReturn[] };

export async function recordOf(returns: readonly CheckedReturn[], takenAt: string): Promise<ReturnsRecord> {
  const taken = await Promise.all(
    returns.map(async (r): Promise<TakenReturn> => {
      const identity = r.result.submission?.identity;
      return {
        file: r.fileName,
        respondent: r.result.respondent === null ? null : { code: r.result.respondent.code, name: r.result.respondent.name },
        identity: identity?.source === 'manifest' ? { planId: identity.planId, planVersion: identity.planVersion, generatedAt: identity.generatedAt } : null,
        hash: r.bytes === null ? null : await sha256(r.bytes),
        status: r.result.status,
      };
    }),
  );
  return { format: 'ctg-retours-pris/1', takenAt, returns: taken };
}

async function sha256(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const statuses: readonly ReturnStatus[] = ['ok', 'warnings', 'errors', 'refused'];
const text = (v: unknown): v is string => typeof v === 'string';
const textOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The stored record, or null when absent or not one this version reads; malformed entries left out. */
export function parseReturnsRecord(value: unknown): ReturnsRecord | null {
  const record = value as Partial<Record<keyof ReturnsRecord, unknown>> | null | undefined;
  if (record?.format !== 'ctg-retours-pris/1' || !text(record.takenAt) || !Array.isArray(record.returns)) return null;
  const returns = (record.returns as unknown[]).flatMap((item): TakenReturn[] => {
    const r = item as Partial<Record<keyof TakenReturn, unknown>> | null;
    if (r === null || typeof r !== 'object' || !text(r.file) || !textOrNull(r.hash) || !statuses.includes(r.status as ReturnStatus)) return [];
    const respondent = r.respondent as { code?: unknown; name?: unknown } | null;
    const identity = r.identity as { planId?: unknown; planVersion?: unknown; generatedAt?: unknown } | null;
    return [
      {
        file: r.file,
        respondent: respondent !== null && typeof respondent === 'object' && text(respondent.code) && text(respondent.name) ? { code: respondent.code, name: respondent.name } : null,
        identity:
          identity !== null && typeof identity === 'object' && textOrNull(identity.planId) && textOrNull(identity.planVersion) && textOrNull(identity.generatedAt)
            ? { planId: identity.planId, planVersion: identity.planVersion, generatedAt: identity.generatedAt }
            : null,
        hash: r.hash,
        status: r.status as ReturnStatus,
      },
    ];
  });
  return { format: 'ctg-retours-pris/1', takenAt: record.takenAt, returns };
}
