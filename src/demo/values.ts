/**
 * Plausible figures for a respondent, by indicator type and unit: small counts for a village,
 * larger for Digne-les-Bains or the Caf; years that grow a little; shares that add up to 100 %.
 */
import type { InputCell } from '../collect';
import type { PreviousEntry } from '../collect';
import type { Indicator, Period } from '../plan/schema';
import type { Random } from './random';

/** Typical yearly magnitude of a count, by unit, for a respondent of size 1. */
const magnitudeByUnit: Record<string, number> = {
  réunions: 6, participants: 25, rencontres: 4, accompagnements: 120, 'rendez-vous': 300, personnes: 400,
  droits: 150, jours: 60, ambassadeurs: 5, interventions: 12, VAE: 3, projets: 2, places: 6, réponses: 4,
  enfants: 20, familles: 14, référents: 2, actions: 3, communications: 8, allocataires: 90, questionnaires: 60,
  'types de structures': 5,
};

export type SimulatedValue = string | number | boolean;

export function simulateValue(indicator: Indicator, input: InputCell, period: Period, size: number, random: Random): SimulatedValue | undefined {
  const yearIndex = Number(period.id) - 2022;
  const growth = 1 + 0.08 * yearIndex;
  switch (indicator.type) {
    case 'integer': {
      const base = (magnitudeByUnit[indicator.unit ?? ''] ?? 5) * size * growth;
      return Math.max(0, Math.round(base * (0.6 + 0.8 * random.next())));
    }
    case 'decimal':
      return Math.round(size * (0.5 + random.next()) * 10) / 10;
    case 'amount':
      // Within ±20 % of a yearly growth, so that two years never differ by the ×3 validation warns about.
      return Math.round(150 * growth * (0.8 + 0.4 * random.next()) * 100) / 100;
    case 'percentage':
      return undefined; // shares are drawn together, see simulateShares
    case 'yesNo':
    case 'deliverable':
      return yearIndex >= 2 ? 'Oui' : 'Non';
    case 'date':
      return `${period.id}-0${random.int(3, 9)}-1${random.int(0, 9)}`;
    case 'text':
      return 'Questionnaires exploités ; synthèse présentée en comité technique.';
    case 'choice':
      return undefined;
  }
}

/** Members of a percentage breakdown (families / partners) share 100 %. */
export function simulateShares(inputs: InputCell[], random: Random): PreviousEntry[] {
  const first = 0.2 + Math.round(random.next() * 30) / 100;
  return inputs.map((input, i) => ({
    code: input.code,
    period: input.period,
    member: input.member,
    kind: 'value' as const,
    value: i === 0 ? first : Math.round((1 - first) * 100) / 100,
  }));
}
