/**
 * Excel serial numbers → ISO dates, with ExcelJS's arithmetic (`utils.excelToDate`) so that every
 * date keeps its exact millisecond, then rounded to the second as grids want it.
 */

/** A serial number (1900 or 1904 system) as a Date; any value is coerced as `v - 25569` would. */
export function excelToDate(value: unknown, date1904: boolean): Date {
  const serial = value !== null && typeof value === 'object' ? Number.NaN : Number(value);
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Dates as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when there is a time of day (to the second). */
export function isoDateTime(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
