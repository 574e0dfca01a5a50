/**
 * Where a workbook built by a use case goes: a file (rendered to .xlsx bytes, then written or
 * downloaded), the open workbook (through the Excel adapter), a new Excel workbook. The use case
 * hands over the spec and the file name it would bear; the sink says, in its own terms `W`, where
 * it went (a path and a size, the sheets written…), for the surface to word.
 */
import type { WorkbookSpec } from '../workbook/spec';

export type WorkbookSink<W> = (spec: WorkbookSpec, name: string) => Promise<W>;

export type RenderSpec = (spec: WorkbookSpec) => Promise<Uint8Array>;
/** Writes bytes under a file name; returns where they went. */
export type WriteFile = (fileName: string, bytes: Uint8Array) => Promise<string>;

export type WrittenFile = { file: string; bytes: number };

/** A file sink: the spec rendered by `render`, the bytes handed to `write`. */
export function fileSink(render: RenderSpec, write: WriteFile): WorkbookSink<WrittenFile> {
  return async (spec, name) => {
    const bytes = await render(spec);
    return { file: await write(name, bytes), bytes: bytes.length };
  };
}
