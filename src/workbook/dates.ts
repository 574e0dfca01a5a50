/**
 * Excel stores dates as serial day numbers counted from 1899-12-30 (the 1900 leap-year bug
 * included). Dates are written as serials so that date formats and validation rules apply.
 */
const epoch = Date.UTC(1899, 11, 30);
const day = 86_400_000;

export function isoToSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const back = new Date(time).toISOString().slice(0, 10);
  return back === iso ? Math.round((time - epoch) / day) : undefined;
}

export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  return new Date(epoch + Math.floor(serial) * day).toISOString().slice(0, 10);
}

/** « 2024-03-15 » (or a timestamp) → « 15/03/2024 », as a French reader writes dates. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
