/** French first: the users are French CAF advisers and communes. English for other readers. */
export type Lang = 'fr' | 'en';
export const defaultLang: Lang = 'fr';
