import { createRoot } from 'react-dom/client';
import { App } from './App';
import { unsupportedWebviewId } from './bootstrap/unsupportedMarker';
import { chooseEffects } from './chooseEffects';
import { startEmbeddedPlan } from './effects/embeddedPlan';
import { startFilePreferences } from './effects/fileEffects';
import { detectHost, officeGlobal } from './host';

// Start waiting for office.js at once (Office asks add-ins to call Office.onReady early).
const host = detectHost(officeGlobal());
// And for the embedded plan, meanwhile: the first screen needs it (effects/embeddedPlan.ts).
startEmbeddedPlan();
// And for the standalone page's preferences (fileEffects.ts says why).
startFilePreferences();

const container = document.getElementById('root');
// The bootstrap (bootstrap/oldWebview.ts) said this webview is too old: its message stays.
if (container && document.getElementById(unsupportedWebviewId) === null) {
  createRoot(container).render(<App host={host} makeEffects={chooseEffects} />);
}
