/**
 * The yardstick for the pane's start-up: the smallest Fluent UI v9 page worth the name (provider,
 * heading, text, button), built by the same webpack configuration and loading office.js the same way.
 */
import { Body1, Button, FluentProvider, Title2, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <main>
      <Title2 as="h1">Page Fluent minimale</Title2>
      <Body1>Même chaîne de construction que le volet.</Body1>
      <Button appearance="primary">Prêt</Button>
    </main>
  </FluentProvider>,
);
