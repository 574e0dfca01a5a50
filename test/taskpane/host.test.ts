import { detectHost, officeGlobal, type OfficeLike, type OfficeReadyInfo } from '../../src/taskpane/host';

const office = (ready: () => Promise<OfficeReadyInfo>) => ({ onReady: ready });

describe('officeGlobal', () => {
  it('finds Office when office.js loaded', () => {
    const fake = office(() => Promise.resolve({ host: null }));
    expect(officeGlobal({ Office: fake })).toBe(fake);
  });

  it.each([{}, { Office: undefined }, { Office: {} }, { Office: 'oops' }])(
    'returns undefined when office.js is missing or broken (%j)',
    (scope) => {
      expect(officeGlobal(scope)).toBeUndefined();
    },
  );

  it('reads globalThis by default (no Office in Node)', () => {
    expect(officeGlobal()).toBeUndefined();
  });

  it('accepts the real office.js API (checked by tsc)', () => {
    const asOfficeLike = (office: typeof Office): OfficeLike => office;
    expect(typeof asOfficeLike).toBe('function');
  });
});

describe('detectHost', () => {
  it('Excel', async () => {
    await expect(detectHost(office(() => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' })))).resolves.toEqual({
      kind: 'excel',
      platform: 'OfficeOnline',
    });
  });

  it('standalone in a browser: office.js resolves with host null', async () => {
    await expect(detectHost(office(() => Promise.resolve({ host: null, platform: null })))).resolves.toEqual({
      kind: 'standalone',
      reason: 'not-in-office',
    });
  });

  it('office.js missing', async () => {
    await expect(detectHost(undefined)).resolves.toEqual({ kind: 'standalone', reason: 'office-js-missing' });
  });

  it('office.js failing', async () => {
    await expect(detectHost(office(() => Promise.reject(new Error('boom'))))).resolves.toEqual({
      kind: 'standalone',
      reason: 'office-js-error',
    });
  });

  it('another Office host', async () => {
    await expect(detectHost(office(() => Promise.resolve({ host: 'Word' })))).resolves.toEqual({
      kind: 'other-host',
      host: 'Word',
    });
  });
});
