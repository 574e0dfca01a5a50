/**
 * Words of the command line's `--respondents`: what it accepts, what it defaults to (the campaign's
 * expected respondents), and the refusal of an unknown code. French only, like the command line.
 */

type Partner = { code: string; name: string };

export const respondentSelectionWords = {
  /** The placeholder of `--respondents` in every usage line. */
  placeholder: 'attendus|all|signataires|partenaires|CODES',
  help: (partners: readonly Partner[], expected: number, all: number) =>
    [
      `Répondants (--respondents) : par défaut les répondants attendus de la campagne (${expected} pour ce plan : la Caf,`,
      '  l’EPCI, les partenaires qu’il nomme et les communes signataires) ; « all » pour tous, chaque commune comprise',
      `  (${all}) ; « signataires » ; ou une liste séparée par des virgules de codes INSEE, « caf », « epci »,`,
      '  « partenaires » (tous les partenaires) ou codes de partenaires :',
      `  ${partners.map((p) => `${p.code} (${p.name})`).join(', ')}.`,
    ].join('\n'),
  unknown: (unknown: readonly string[], partners: readonly Partner[]) =>
    `Répondant(s) inconnu(s) : ${unknown.join(', ')}. Donnez des codes INSEE de communes du territoire, « caf », « epci », ` +
    (partners.length > 0 ? `des codes de partenaires — ${partners.map((p) => `« ${p.code} » (${p.name})`).join(', ')} — ou « partenaires » pour tous, ` : '') +
    '« attendus », « signataires » ou « all ».',
} as const;
