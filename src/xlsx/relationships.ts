/**
 * A relationships part (`xl/_rels/workbook.xml.rels`, `xl/worksheets/_rels/sheet1.xml.rels`):
 * relationship id → target, as written (the caller resolves paths). A part with anything but
 * `<Relationship>` in `<Relationships>` was refused by ExcelJS, and is refused here too.
 */
import { refuseMalformed } from './refuse';
import { END, OPEN, XmlReader } from './xml';

export function readRelationships(xml: string, part: string): Map<string, string | undefined> {
  const reader = new XmlReader(xml);
  const targets = new Map<string, string | undefined>();
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.depth === 1 && reader.name === 'Relationships') continue;
    if (reader.name !== 'Relationship') refuseMalformed(part, { problem: 'element_unexpected', element: reader.name.slice(0, 200) });
    const id = reader.attr('Id');
    // Later relationships with the same id win, as in ExcelJS's lookup table.
    if (id !== undefined) targets.set(id, reader.attr('Target'));
    reader.skipElement();
  }
  return targets;
}
