/**
 * The adapter's refusal to replace sheets the adviser changed by hand since the add-in wrote them
 * (ExcelAdapterError `sheet-modified`): the views then offer « Remplacer quand même ».
 */
export function isSheetModified(error: unknown): boolean {
  const issue = (error as { issue?: { code?: unknown } } | null)?.issue;
  return issue?.code === 'sheet-modified';
}
