/**
 * A tiny zip writer for tests: real local headers, central directory and EOCD, with the option to
 * lie (declared sizes, flags) the way a hostile file would. Also a minimal hand-written .xlsx.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type ZipInput = {
  name: string;
  /** The entry's content (used for the CRC, and compressed unless `compressed` is given). */
  data?: Uint8Array | string;
  /** Already compressed bytes (raw DEFLATE), with their true uncompressed size in `size`. */
  compressed?: Uint8Array;
  size?: number;
  crc?: number;
  method?: 0 | 8;
  /** Uncompressed size written in the directory, whatever the truth. */
  declaredSize?: number;
  flags?: number;
};

const bytesOf = (data: Uint8Array | string | undefined) =>
  data === undefined ? new Uint8Array(0) : typeof data === 'string' ? new TextEncoder().encode(data) : data;

export function buildZip(inputs: readonly ZipInput[], options: { comment?: string } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = Buffer.from(input.name, 'utf8');
    const raw = bytesOf(input.data);
    const method = input.method ?? 8;
    const body = input.compressed ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = input.size ?? raw.length;
    const declared = input.declaredSize ?? size;
    const crc = input.crc ?? crc32(raw);
    const flags = (input.flags ?? 0) | 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(inputs.length, 8);
  eocd.writeUInt16LE(inputs.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return new Uint8Array(Buffer.concat([...locals, directory, eocd, comment]));
}

/** The parts of a one-sheet workbook, small enough to read; `sheetTail` goes after sheetData. */
export function minimalXlsxParts(options: { sheetTail?: string; definedNames?: string; cols?: string } = {}): ZipInput[] {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Saisie" sheetId="1" r:id="rId1"/></sheets>` +
        (options.definedNames !== undefined ? `<definedNames>${options.definedNames}</definedNames>` : '') +
        '</workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<worksheet xmlns="${ns}" xmlns:r="${rel}">` +
        (options.cols ?? '') +
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Bonjour</t></is></c><c r="B1"><v>42</v></c></row></sheetData>' +
        (options.sheetTail ?? '') +
        '</worksheet>',
    },
  ];
}

export function minimalXlsx(options: Parameters<typeof minimalXlsxParts>[0] = {}): Uint8Array {
  return buildZip(minimalXlsxParts(options));
}
