/**
 * The return deadline as an adviser types it — « 31/03/2026 » (JJ/MM/AAAA, whatever the browser's
 * or the system's locale) — or as the workbook settings keep it (AAAA-MM-JJ). One reading for the
 * command line's --deadline and the pane's field, so both accept and refuse the same texts.
 */

/** « 31/03/2026 », « 1/4/2026 », « 31.03.2026 », « 31-03-2026 » or « 2026-03-31 » → « 2026-03-31 »; undefined unless a real day. */
export function parseDeadline(text: string): string | undefined {
  const trimmed = text.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = french ? `${french[3]}-${(french[2] as string).padStart(2, '0')}-${(french[1] as string).padStart(2, '0')}` : trimmed;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** « 2026-03-31 » → « 31/03/2026 »; anything else unchanged (it is shown back to be corrected). */
export function formatDeadline(iso: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : iso;
}
