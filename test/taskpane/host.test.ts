import { detectHost, officeGlobal, paneLang, type OfficeLike, type OfficeReadyInfo } from '../../src/taskpane/host';

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
      lang: 'fr',
    });
  });

  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'fr'],
    ['de-DE', 'fr'],
    [undefined, 'fr'],
  ])('in Excel with display language %s the pane speaks %s', async (displayLanguage, lang) => {
    const ready = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }), context: { displayLanguage } };
    await expect(detectHost(ready)).resolves.toMatchObject({ kind: 'excel', lang });
    expect(paneLang(displayLanguage)).toBe(lang);
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
