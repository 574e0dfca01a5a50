/**
 * Which number formats make a number a date: ExcelJS 4.4's rule (`utils.isDateFmt`), kept as it
 * is so that grids do not change — drop `[…]` and `"…"`, then look for any of y m d h M s b.
 * Backslash escapes were already removed from custom codes when styles.xml was read, so an
 * escaped letter counts; elapsed times (`[h]:mm:ss`) count as dates through their « mm ».
 *
 * Built-in formats are those ExcelJS knows by id (the locale-specific ones, 27–36 and 50–81, have
 * no code there and never make a date).
 */

const builtIn: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function builtInFormat(id: number): string | undefined {
  return builtIn[id];
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}
