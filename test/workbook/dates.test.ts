import { frenchDate, isoToSerial, serialToIso } from '../../src/workbook/dates';

describe('Excel date serials', () => {
  it.each([
    ['1900-03-01', 61],
    ['2022-01-01', 44562],
    ['2024-02-29', 45351],
    ['2025-12-31', 46022],
  ])('%s is serial %i and back', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  it.each(['2023-02-29', '2024-13-01', '15/03/2024', ''])('refuses %j', (text) => {
    expect(isoToSerial(text)).toBeUndefined();
  });

  it.each([0, -3, Number.NaN, 3_000_000])('has no date for serial %d', (serial) => {
    expect(serialToIso(serial)).toBeUndefined();
  });

  it('writes dates the French way', () => {
    expect(frenchDate('2022-10-31')).toBe('31/10/2022');
    expect(frenchDate('2026-11-29T10:00:00.000Z')).toBe('29/11/2026');
  });
});
