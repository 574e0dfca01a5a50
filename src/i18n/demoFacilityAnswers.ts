/**
 * What the demo's holders answer in their « Annexe 2 » tab (src/demo/facilities.ts), in their
 * words: most facilities open and supported, one closure, a capacity and a manager changed, one new
 * facility. Data only: the demo matches the facilities by their name in Annexe 2.
 */

/** « Soutenu par », by the kind of holder answering. */
export const demoSupportedBy = {
  commune: (name: string) => `${name} (commune), Caf (bonus territoire)`,
  epci: 'Provence Alpes Agglomération, Caf (bonus territoire)',
  partner: 'Commune, Caf (bonus territoire)',
};

/** A facility's story, from a period on: its status, whether still supported, what changed. */
export type DemoFacilityEvent = { facility: string; from: string; status: 'modifie' | 'ferme'; supported: boolean; change: string; then?: 'ouvert' | 'ferme' };

export const demoFacilityEvents: readonly DemoFacilityEvent[] = [
  {
    facility: 'Micro crèche les petits loups',
    from: '2024',
    status: 'ferme',
    supported: false,
    change: 'Fermée le 30 juin 2024 faute de professionnelle ; les familles sont orientées vers La Ruche - Seyne.',
    then: 'ferme',
  },
  { facility: 'Les Canaillous', from: '2023', status: 'modifie', supported: true, change: 'Capacité portée de 20 à 24 places (extension de septembre 2023).', then: 'ouvert' },
  { facility: 'Périsco les Chardons bleus', from: '2024', status: 'modifie', supported: true, change: 'Gestion reprise par la commune à la rentrée 2024 (auparavant l’association des parents).', then: 'ouvert' },
];

/** The facility the EPCI adds at the foot of its tab. */
export const demoNewFacility = {
  name: 'Micro-crèche Les Lutins',
  commune: 'Malijai',
  from: '2025',
  supportedBy: 'Provence Alpes Agglomération, Caf (PSU)',
  change: 'Ouverte en mars 2025, 12 places.',
};
