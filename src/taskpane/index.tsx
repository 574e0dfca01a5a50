import { createRoot } from 'react-dom/client';
import { App } from './App';
import { chooseEffects } from './chooseEffects';
import { detectHost, officeGlobal } from './host';

// Start waiting for office.js at once (Office asks add-ins to call Office.onReady early).
const host = detectHost(officeGlobal());

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<App host={host} makeEffects={chooseEffects} />);
}
