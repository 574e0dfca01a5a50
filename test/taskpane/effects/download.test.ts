/**
 * @jest-environment jsdom
 */
/**
 * The browser download: a Blob URL on a temporary `<a download>`, clicked, removed, and the URL
 * revoked a little later (revoking at once breaks the download in some browsers).
 */
import { browserDownload, xlsxMime } from '../../../src/taskpane/effects/download';

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

it('clicks a temporary link to a Blob of the bytes, then removes it and revokes the URL', () => {
  jest.useFakeTimers();
  const blobs: Blob[] = [];
  const create = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:ctg/1';
  });
  const revoke = jest.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  const clicked: Array<{ href: string; download: string; inPage: boolean }> = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
  });

  browserDownload('CTG_04070_Digne-les-Bains.xlsx', new Uint8Array([80, 75, 3, 4]), xlsxMime);

  expect(clicked).toEqual([{ href: 'blob:ctg/1', download: 'CTG_04070_Digne-les-Bains.xlsx', inPage: true }]);
  expect(document.querySelectorAll('a')).toHaveLength(0);
  expect(blobs[0]!.type).toBe(xlsxMime);
  expect(blobs[0]!.size).toBe(4);
  expect(revoke).not.toHaveBeenCalled();
  jest.runAllTimers();
  expect(revoke).toHaveBeenCalledWith('blob:ctg/1');
});
