/** File sizes as the pane shows them: French units by default, English ones in English. */
import { formatFileSize } from '../../../src/taskpane/effects/fileSize';

it.each([
  [0, '0 octet'],
  [1, '1 octet'],
  [900, '900 octets'],
  [1024, '1 Ko'],
  [87_000, '85 Ko'],
  [999 * 1024, '999 Ko'],
  [1000 * 1024, '1 Mo'],
  [1.34 * 1024 * 1024, '1,3 Mo'],
  [20 * 1024 * 1024, '20 Mo'],
])('%i bytes → %s', (bytes, shown) => {
  expect(formatFileSize(bytes)).toBe(shown);
});

it.each([
  [1, '1 byte'],
  [900, '900 bytes'],
  [87_000, '85 KB'],
  [1.34 * 1024 * 1024, '1.3 MB'],
])('in English, %i bytes → %s', (bytes, shown) => {
  expect(formatFileSize(bytes, 'en')).toBe(shown);
});
