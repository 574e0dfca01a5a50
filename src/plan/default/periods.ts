/** The convention runs from 1 January 2022 to 31 December 2025 (article 10): one period per year. */
import type { Period } from '../schema';

export const conventionYears = ['2022', '2023', '2024', '2025'] as const;

export const defaultPeriods: Period[] = conventionYears.map((year) => ({
  id: year,
  label: `Année ${year}`,
  start: `${year}-01-01`,
  end: `${year}-12-31`,
}));

/** The years from `first` to the end of the convention (« dès 2023 », « à partir de 2024 »). */
export function yearsFrom(first: (typeof conventionYears)[number]): string[] {
  return conventionYears.filter((year) => year >= first);
}
