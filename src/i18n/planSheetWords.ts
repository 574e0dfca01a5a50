/**
 * The words of the plan sheets (src/plan/sheets): sheet names, column titles, the older or shorter
 * titles still read as the same column, and the input message of a drop-down list. French only:
 * the adviser's workbook is read back by these words.
 */

/** A column's words: the title written, the titles also read, what Excel shows on the cell. */
export type ColumnWords = {
  readonly title: string;
  readonly aliases?: readonly string[];
  readonly help?: string;
};

export const planSheetNames = {
  plan: 'Plan',
  periods: 'Périodes',
  parties: 'Parties',
  fiches: 'Fiches',
  actions: 'Actions',
  indicators: 'Indicateurs',
  lists: 'Listes',
  rules: 'Règles',
  communes: 'Communes',
  territories: 'Territoires',
  facilities: 'Équipements',
} as const;

export const planSheetColumnWords = {
  plan: {
    field: { title: 'Champ', aliases: ['Clé', 'Paramètre'] },
    value: { title: 'Valeur' },
  },
  /** Rows of the « Plan » sheet: the label in its « Champ » column. */
  planFields: {
    id: { title: 'Identifiant' },
    title: { title: 'Titre' },
    version: { title: 'Version' },
    signedOn: { title: 'Date de signature' },
    territorySource: { title: 'Source du territoire', aliases: ['Source des communes'] },
  },
  periods: {
    id: { title: 'Identifiant', aliases: ['Id', 'Code'] },
    label: { title: 'Libellé' },
    start: { title: 'Début' },
    end: { title: 'Fin' },
  },
  parties: {
    code: { title: 'Code' },
    kind: { title: 'Type' },
    name: { title: 'Nom' },
    representedBy: { title: 'Représentée par', aliases: ['Représenté par', 'Représentants'] },
    signatory: { title: 'Signataire' },
    attributes: { title: 'Attributs' },
  },
  fiches: {
    number: { title: 'Numéro', aliases: ['N°', 'Fiche'] },
    themeNumber: { title: 'N° thème', aliases: ['Numéro du thème', 'No thème'] },
    themeLabel: { title: 'Thème' },
    title: { title: 'Titre' },
    shortTitle: { title: 'Titre court' },
    context: { title: 'Constats', aliases: ['Contexte'] },
    objectives: { title: 'Objectifs' },
    targetPublic: { title: 'Public visé', aliases: ['Public'] },
    status: { title: 'Statut' },
    milestones: { title: 'Échéances', help: 'Une par ligne : « 2023-03-31 = au plus tard le 31 mars 2023 » (date due = formulation de la convention).' },
  },
  actions: {
    fiche: { title: 'Fiche' },
    number: { title: 'N°', aliases: ['Numéro', 'No'] },
    code: { title: 'Code' },
    title: { title: 'Titre' },
    description: { title: 'Descriptif', aliases: ['Description'] },
    start: { title: 'Début' },
    startPeriod: { title: 'Période de début' },
    pilots: { title: 'Pilotes', help: 'Qui pilote l’action et en rend compte chaque année : caf, epci, les deux, commune, ou le code d’un répondant.' },
    milestones: { title: 'Échéances', help: 'Une par ligne : « 2024-06-20 = printemps 2024 » (date due = formulation de la convention).' },
  },
  indicators: {
    fiche: { title: 'Fiche' },
    action: { title: 'Action' },
    code: { title: 'Code' },
    label: { title: 'Libellé' },
    source: { title: 'Texte de la convention', aliases: ['Source', 'Source (texte de la convention)'] },
    type: { title: 'Type' },
    unit: { title: 'Unité' },
    list: { title: 'Liste' },
    breakdown: { title: 'Ventilation' },
    reporters: { title: 'Répondants' },
    periods: { title: 'Périodes' },
    required: { title: 'Obligatoire' },
    min: { title: 'Min', aliases: ['Minimum'] },
    max: { title: 'Max', aliases: ['Maximum'] },
    formation: {
      title: 'Formation du chiffre',
      aliases: ['Formation', 'Agrégation'],
      help:
        'sum : somme d’un type de répondant ; distinctSum : contributions distinctes (dire qui compte quoi) ; authority : source qui fait foi ; max ; latest : dernière valeur ; listed : réponses listées ; sameAs : reprend un autre indicateur.',
    },
    formationSource: { title: 'Source qui fait foi', help: 'Pour « authority » : le répondant dont le chiffre fait foi (caf, epci…).' },
    formationSplit: { title: 'Qui compte quoi', aliases: ['Contributions distinctes'] },
    formationShares: { title: 'Parts calculées', help: 'Oui : la part de chaque membre (financeur…) est calculée sur les montants.' },
    formationOf: { title: 'Même chiffre que', aliases: ['Reprend l’indicateur'] },
    trackEvolution: { title: 'Évolution', aliases: ['Suivre l’évolution'] },
    changeFactor: { title: 'Facteur de variation' },
    targets: { title: 'Cibles' },
    note: { title: 'Note' },
    clause: { title: 'Passage de la convention' },
  },
  lists: {
    list: { title: 'Liste' },
    listLabel: { title: 'Libellé de la liste' },
    code: { title: 'Code' },
    label: { title: 'Libellé' },
  },
  rules: {
    id: { title: 'Identifiant', aliases: ['Id'] },
    when: { title: 'Condition' },
    left: { title: 'Gauche' },
    operator: { title: 'Opérateur' },
    right: { title: 'Droite' },
    missingLeft: { title: 'Si manquant à gauche' },
    missingRight: { title: 'Si manquant à droite' },
    severity: { title: 'Gravité' },
    message: { title: 'Message' },
    fix: { title: 'Correction' },
    scope: { title: 'Portée' },
    clause: { title: 'Passage de la convention' },
    quote: { title: 'Citation de la convention' },
  },
  communes: {
    insee: { title: 'INSEE', aliases: ['Code INSEE'] },
    name: { title: 'Nom' },
    signatory: { title: 'Signataire' },
    territory: { title: 'Territoire' },
    attributes: { title: 'Attributs' },
  },
  territories: {
    code: { title: 'Code' },
    name: { title: 'Nom' },
  },
  facilities: {
    name: { title: 'Nom' },
    type: { title: 'Type' },
    nature: { title: 'Nature' },
    address: { title: 'Adresse' },
    postcode: { title: 'Code postal' },
    commune: { title: 'Commune (INSEE)', aliases: ['Commune', 'INSEE'] },
    manager: { title: 'Gestionnaire' },
    holder: { title: 'Répond du suivi', aliases: ['Répondant du suivi'] },
  },
} as const satisfies Record<string, Record<string, ColumnWords>>;
