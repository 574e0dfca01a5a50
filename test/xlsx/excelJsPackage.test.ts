/**
 * The package handed to ExcelJS for the annotated copy (issue 12): OPC targets resolved and
 * written relative, in the form ExcelJS looks up; the return's own bytes when nothing changes.
 */
import { commentTextAsRun, packageForExcelJs, relativeTarget, relsOf, resolveTarget, sourceOfRels } from '../../src/xlsx/excelJsPackage';
import { filledReturn } from '../returns/support';

describe('OPC part names', () => {
  it.each([
    ['xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml'],
    ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml'],
    ['_rels/.rels', ''],
  ])('the rels part %s belongs to %j, and back', (rels, source) => {
    expect(sourceOfRels(rels)).toBe(source);
    if (source !== '') expect(relsOf(source)).toBe(rels);
  });

  it.each([
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/worksheets/', '/xl/comments/comment1.xml', 'xl/comments/comment1.xml'],
    ['xl/worksheets/', '../comments1.xml', 'xl/comments1.xml'],
    ['xl/', './worksheets/../worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', 'worksheets//sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', '../../../../etc/passwd', 'etc/passwd'],
    ['xl/', '/xl/media/image1.png#frag', 'xl/media/image1.png'],
  ])('from %j, the target %j names the part %j', (folder, target, part) => {
    expect(resolveTarget(folder, target)).toBe(part);
  });

  it.each([
    ['xl/worksheets/', 'xl/comments1.xml', '../comments1.xml'],
    ['xl/worksheets/', 'xl/drawings/vmlDrawing1.vml', '../drawings/vmlDrawing1.vml'],
    ['xl/', 'xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/worksheets/', 'docProps/core.xml', '../../docProps/core.xml'],
  ])('from %j, the part %j is written %j', (folder, part, target) => {
    expect(relativeTarget(folder, part)).toBe(target);
    expect(resolveTarget(folder, target)).toBe(part);
  });
});

it.each([
  ['<text><t>Texte</t></text>', '<text><r><t>Texte</t></r></text>'],
  ['<text><t xml:space="preserve"> a </t></text>', '<text><r><t xml:space="preserve"> a </t></r></text>'],
  ['<text><t/></text>', '<text><r><t/></r></text>'],
  ['<text><r><t>déjà</t></r></text>', '<text><r><t>déjà</t></r></text>'],
])('a comment text %s is read by ExcelJS as %s', (xml, runs) => {
  expect(commentTextAsRun(xml)).toBe(runs);
});

it('rewrites comment texts in linear time, whatever the markup', () => {
  for (const unit of ['<text><t ', '<text><t>', '<text>   ']) {
    const started = performance.now();
    commentTextAsRun(unit.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(1000);
  }
});

it('hands back the very bytes of a package ExcelJS reads as it is', async () => {
  const { bytes } = await filledReturn('epci');
  expect(await packageForExcelJs(bytes)).toBe(bytes);
});
