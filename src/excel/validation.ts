/**
 * A spec's input rule → Excel data validation (ExcelApi 1.8), with the same meaning as the .xlsx
 * adapter: same rule, blanks allowed or not, input message, error alert (no alert when the spec has
 * no error message, as ExcelJS writes `showErrorMessage` only then).
 */
import type { InputRule } from '../workbook/spec';

export type OfficeValidation = {
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
};

const alertStyle = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

/** Excel's default bounds when a whole / decimal rule has none (ExcelJS writes the same). */
export const openBound = 1e15;

export function officeValidation(rule: InputRule): OfficeValidation {
  return {
    rule: officeRule(rule),
    ignoreBlanks: rule.allowBlank,
    prompt: rule.prompt !== undefined ? { showPrompt: true, title: rule.prompt.title, message: rule.prompt.text } : { showPrompt: false, title: '', message: '' },
    errorAlert:
      rule.error !== undefined
        ? { showAlert: true, style: alertStyle[rule.error.style], title: rule.error.title, message: rule.error.text }
        : { showAlert: false, style: 'Stop', title: '', message: '' },
  };
}

function officeRule(rule: InputRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'whole':
      return { wholeNumber: { operator: 'Between', formula1: rule.min ?? -openBound, formula2: rule.max ?? openBound } };
    case 'decimal':
      return { decimal: { operator: 'Between', formula1: rule.min ?? -openBound, formula2: rule.max ?? openBound } };
    case 'date':
      return { date: { operator: 'Between', formula1: rule.from, formula2: rule.to } };
    case 'list':
      return { list: { inCellDropDown: true, source: rule.options.join(',') } };
    case 'listRange':
      return { list: { inCellDropDown: true, source: `=${rule.source}` } };
    case 'textLength':
      return { textLength: { operator: 'LessThanOrEqualTo', formula1: rule.max } };
    case 'custom':
      return { custom: { formula: `=${rule.formula}` } };
  }
}
