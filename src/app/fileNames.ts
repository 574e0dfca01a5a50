/** Predictable, portable file names: `CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx`. */
import type { Plan } from '../plan/schema';

/** ASCII letters, digits and dashes only: safe on every file system and in e-mail attachments. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function collectionFileName(plan: Plan, respondent: { code: string; name: string }): string {
  return `${slug(plan.id).toUpperCase()}_${slug(respondent.code)}_${slug(respondent.name)}.xlsx`;
}
