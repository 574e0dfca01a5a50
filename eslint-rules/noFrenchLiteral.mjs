// ctg/no-french-literal: a French sentence written outside the catalogues (ARCHITECTURE.md,
// « issues are data … one catalogue per language in i18n/ renders them at the edge »).
//
// Why a small local rule rather than `no-restricted-syntax` with a regex selector: the pure
// folders already use no-restricted-syntax (no dynamic import), and a later flat-config block
// replaces a rule's options instead of merging them; one rule of our own also looks at the
// three places text hides (string literals, template chunks, JSX text) with one test.
//
// What counts as French: a letter with a French diacritic or a guillemet (« »), or two of the
// common French words below. Identifiers, codes and English text have neither. Where a string
// is French by necessity outside the catalogues (a file-format keyword, a parser's accepted
// spellings), say so with an eslint-disable comment giving the reason.
const DIACRITICS = /[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»]/u;
const WORDS =
  /\b(?:le|la|les|des|du|une|est|sont|pour|dans|avec|sans|aucun|aucune|cette|votre|vos|fichier|feuille|cellule|classeur|valeur|ligne|colonne|indicateur|(?:[ldnsq]|qu)['’]\p{L}+)\b/giu;

/** True when the text reads as French: a diacritic or a guillemet, or two common French words. */
export function looksFrench(text) {
  if (DIACRITICS.test(text)) return true;
  const words = text.match(WORDS);
  return words !== null && words.length >= 2;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noFrenchLiteral = {
  meta: {
    type: 'suggestion',
    docs: { description: 'French text belongs in a catalogue of src/i18n (or the plan data of src/plan/default).' },
    schema: [],
    messages: {
      french:
        'Texte français hors des catalogues : placez « {{text}} » dans un catalogue de src/i18n et rendez-le à la périphérie (cli, volet, écriture du classeur).',
    },
  },
  create(context) {
    const report = (node, text) => {
      if (!looksFrench(text)) return;
      const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      context.report({ node, messageId: 'french', data: { text: short.trim() } });
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string') report(node, node.value);
      },
      TemplateElement(node) {
        report(node, node.value.cooked ?? node.value.raw);
      },
      JSXText(node) {
        report(node, node.value);
      },
    };
  },
};

export default { rules: { 'no-french-literal': noFrenchLiteral } };
