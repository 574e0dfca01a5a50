/**
 * The adapter's refusal to replace sheets the adviser changed by hand since the add-in wrote them
 * (ExcelAdapterError `sheet-modified`): the views then offer « Remplacer quand même ».
 */
export function isSheetModified(error: unknown): boolean {
  const issue = (error as { issue?: { code?: unknown } } | null)?.issue;
  if (issue?.code === 'sheet-modified') return true;
  return error instanceof Error && /modifiées? depuis que le complément/.test(error.message);
}
