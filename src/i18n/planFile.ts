/**
 * A plan file that cannot be read as a plan at all (before any issue of its content), in French.
 * The parser's own technical text is quoted as given.
 */
export function renderJsonUnreadable(parserMessage: string): string {
  return `JSON illisible (${parserMessage}). Vérifiez la syntaxe du fichier.`;
}
