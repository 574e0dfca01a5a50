/**
 * Names of the annotated copies: one per file, never two alike (else one copy overwrites the
 * other), never a name in `avoid` (a file being checked), short enough for any file system, and
 * the same for the same inputs.
 */
import fc from 'fast-check';
import { annotatedFileName, annotatedFileNames } from '../../src/app/annotatedNames';

const utf8 = (s: string) => new TextEncoder().encode(s).length;
const distinct = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase())).size === names.length;

describe('annotatedFileNames', () => {
  it.each([
    ['two returns of one name in two folders', ['janvier/retour.xlsx', 'mars/retour.xlsx'], ['retour_janvier_controle.xlsx', 'retour_mars_controle.xlsx']],
    ['names differing only by case (one file on Windows)', ['a/Retour.xlsx', 'b/retour.XLSX'], ['Retour_a_controle.xlsx', 'retour_b_controle.xlsx']],
    ['Windows paths', ['C:\\retours\\x.xlsx', 'D:\\autres\\x.xlsx'], ['x_retours_controle.xlsx', 'x_autres_controle.xlsx']],
    ['the same folder name twice', ['un/2024/r.xlsx', 'deux/2024/r.xlsx'], ['r_2024_controle.xlsx', 'r_2024_controle-2.xlsx']],
    ['names that do not meet', ['a/x.xlsx', 'b/y.xlsx'], ['x_controle.xlsx', 'y_controle.xlsx']],
  ])('%s', (_case, paths, expected) => {
    expect(annotatedFileNames(paths)).toEqual(expected);
  });

  it('never gives a name to avoid: a file being checked in the folder of the copies', () => {
    expect(annotatedFileNames(['own/retour.xlsx', 'own/retour_controle.xlsx'], new Set(['retour.xlsx', 'RETOUR_controle.xlsx']))).toEqual([
      'retour_controle-2.xlsx',
      'retour_controle_controle.xlsx',
    ]);
  });

  it.each([
    ['250 ASCII characters', `CTG-P2A-2022-2025_04001_${'a'.repeat(221)}.xlsx`],
    ['multi-byte characters', `${'é'.repeat(120)}.xlsx`],
    ['emoji (surrogate pairs are never cut in half)', `${'😀'.repeat(70)}.xlsx`],
  ])('keeps the name of a copy within 200 bytes for %s', (_case, name) => {
    const copy = annotatedFileName(name);
    expect(utf8(copy)).toBeLessThanOrEqual(200);
    expect(copy.endsWith('_controle.xlsx')).toBe(true);
    expect(copy).not.toMatch(/\uFFFD/);
    expect(name.startsWith(copy.slice(0, copy.length - '_controle.xlsx'.length))).toBe(true);
  });

  it('gives distinct, bounded, stable names, never one to avoid, whatever the paths', () => {
    const segment = fc.constantFrom('a', 'A', 'retours', 'é', 'x'.repeat(240), '2024', 'Digne les Bains');
    const path = fc.tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom('retour', 'Retour', 'r (1)', 'é'.repeat(100), 'y'.repeat(230))).map(([dirs, stem]) => [...dirs, `${stem}.xlsx`].join('/'));
    fc.assert(
      fc.property(fc.array(path, { maxLength: 8 }), fc.array(fc.constantFrom('retour_controle.xlsx', 'Retour_a_controle.xlsx', 'r (1)_controle.xlsx')), (paths, avoidList) => {
        const avoid = new Set(avoidList);
        const names = annotatedFileNames(paths, avoid);
        expect(names).toHaveLength(paths.length);
        expect(distinct(names)).toBe(true);
        const avoided = new Set(avoidList.map((n) => n.toLowerCase()));
        expect(names.filter((n) => avoided.has(n.toLowerCase()))).toEqual([]);
        expect(names.every((n) => utf8(n) <= 200 && n.endsWith('.xlsx'))).toBe(true);
        expect(annotatedFileNames(paths, avoid)).toEqual(names);
      }),
    );
  });
});
