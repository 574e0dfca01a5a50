/** The messages of the findings about each consolidated value, for the notes of its cell in the fiche tabs. */
import type { Consolidation } from '../consolidate/types';
import { renderFinding } from '../i18n/findings';
import { severityLabel } from '../i18n/findingsReport';
import type { Lang } from '../i18n/lang';

export function valueNotes(consolidation: Consolidation, lang: Lang): Map<number, string> {
  const notes = new Map<number, string[]>();
  for (const { finding, value } of consolidation.findings) {
    if (value === null) continue;
    const label = severityLabel(finding.severity, lang);
    const line = `• ${label.charAt(0).toUpperCase()}${label.slice(1)} : ${renderFinding(finding, lang)}`;
    notes.set(value, [...(notes.get(value) ?? []), line]);
  }
  return new Map([...notes].map(([i, lines]) => [i, [`${consolidation.values[i]!.source.file} (${consolidation.values[i]!.source.sheet ?? ''}!${consolidation.values[i]!.source.cell ?? ''})`, ...lines].join('\n')]));
}
