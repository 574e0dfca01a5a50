/**
 * Worksheet names as ExcelJS accepted them (`Worksheet#name`): a file with an empty name, the
 * reserved « History », a forbidden character or a leading or trailing apostrophe, two sheets of
 * the same name (whatever the case), failed to load, with these messages. So did a name over 31
 * characters: ExcelJS cut it to 31, then set the full name again and found the cut one taken (by
 * the sheet itself). Excel allows none of these names. The lean reader keeps the same refusals.
 */
import { refuseUnreadable } from './refuse';

export function excelJsSheetName(name: string, taken: readonly string[]): string {
  if (name === '') refuseUnreadable("The name can't be empty.");
  if (name === 'History') refuseUnreadable('The name "History" is protected. Please use a different name.');
  if (/[*?:/\\[\]]/.test(name)) refuseUnreadable(`Worksheet name ${name} cannot include any of the following characters: * ? : \\ / [ ]`);
  if (/(^')|('$)/.test(name)) refuseUnreadable(`The first or last character of worksheet name cannot be a single quotation mark: ${name}`);
  if (name.length > 31) refuseUnreadable(`Worksheet name already exists: ${name.substring(0, 31)}`);
  const lower = name.toLowerCase();
  if (taken.some((other) => other.toLowerCase() === lower)) refuseUnreadable(`Worksheet name already exists: ${name}`);
  return name;
}
