/** Something the pane could not do by itself (start, fetch a step's code): what happened, and « Réessayer ». */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export function RetryBar({ title, message, retryLabel, onRetry }: { title: string; message: string; retryLabel: string; onRetry: () => void }) {
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <Button onClick={onRetry}>{retryLabel}</Button>
    </>
  );
}
