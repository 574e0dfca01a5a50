/** A finished task's outcome: its sentence and details, as a success message. */
import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Outcome } from '../effects/types';

export function OutcomeBar({ outcome, intent = 'success' }: { outcome: Outcome; intent?: 'success' | 'warning' | 'info' }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {outcome.message}
        {outcome.details.map((detail) => (
          <Caption1 key={detail} block>
            {detail}
          </Caption1>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
