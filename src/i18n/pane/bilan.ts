/** Words of « Préparer le bilan » on the Consolider step (view and effect). French first. */
export const bilanPaneWords = {
  fr: {
    title: 'Bilan du comité de pilotage',
    intro: 'Un document Word modifiable, tiré de cette consolidation : en bref, chaque fiche (objectifs, actions, indicateurs, graphiques), l’Annexe 2, la gouvernance et qui n’a pas répondu.',
    annual: (period: string) => `Préparer le bilan (${period})`,
    evaluation: (first: string, last: string) => `Préparer l’évaluation ${first}–${last}`,
    running: 'Préparation du bilan…',
    steps: { building: 'Rédaction du bilan', drawing: 'Dessin des graphiques et mise en page', downloading: 'Téléchargement' },
    downloaded: (name: string, size: string) => `Bilan téléchargé : ${name} (${size}).`,
    edit: 'Relisez-le et complétez-le dans Word ou LibreOffice avant le comité de pilotage.',
  },
  en: {
    title: 'Steering committee review',
    intro: 'An editable Word document from this consolidation: in brief, each fiche (objectives, actions, indicators, charts), Annexe 2, governance and who has not answered.',
    annual: (period: string) => `Prepare the review (${period})`,
    evaluation: (first: string, last: string) => `Prepare the evaluation ${first}–${last}`,
    running: 'Preparing the review…',
    steps: { building: 'Writing the review', drawing: 'Drawing the charts and laying out', downloading: 'Downloading' },
    downloaded: (name: string, size: string) => `Review downloaded: ${name} (${size}).`,
    edit: 'Read it over and complete it in Word or LibreOffice before the steering committee.',
  },
} as const;
