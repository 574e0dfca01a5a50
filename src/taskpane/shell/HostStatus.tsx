/**
 * Where the pane runs, as a badge and a sentence (inside Excel, standalone, unsupported host).
 * `folded`: the adviser has started; the sentence of the usual standalone page goes, a problem's stays.
 */
import { Badge, Caption1, Spinner } from '@fluentui/react-components';
import type { ShellWords } from '../../i18n/pane/shell';
import type { HostState } from '../host';

/** 'slow': office.js is there but has not said it is ready in time: the pane goes on without Excel. */
export type Shown = HostState | { kind: 'pending' } | { kind: 'slow' };

export function HostStatus({ shown, words, folded = false }: { shown: Shown; words: ShellWords; folded?: boolean }) {
  switch (shown.kind) {
    case 'pending':
      return <Spinner size="tiny" label={words.searching} />;
    case 'excel':
      return (
        <Badge appearance="tint" color="success">
          {words.connected}
        </Badge>
      );
    case 'other-host':
      return (
        <>
          <Badge appearance="tint" color="warning">
            {words.unsupportedHost(shown.host)}
          </Badge>
          <Caption1>{words.unsupportedNote}</Caption1>
        </>
      );
    case 'standalone':
    case 'slow':
      return (
        <>
          <Badge appearance="tint" color="informative">
            {words.standalone}
          </Badge>
          {!(folded && shown.kind === 'standalone' && shown.reason === 'not-in-office') && <Caption1>{standaloneNote(shown, words)}</Caption1>}
        </>
      );
  }
}

function standaloneNote(shown: Extract<Shown, { kind: 'standalone' } | { kind: 'slow' }>, words: ShellWords): string {
  if (shown.kind === 'slow') return words.slow;
  switch (shown.reason) {
    case 'not-in-office':
      return words.notInOffice;
    case 'office-js-missing':
      return words.officeJsMissing;
    case 'office-js-error':
      return words.officeJsError;
  }
}
