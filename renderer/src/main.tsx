import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { exposeForAutomation } from './ui/automation.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
// The benchmarks time only what users run: a production build (scripts/build-web.ts).
exposeForAutomation('build', () => (import.meta.env.PROD ? 'production' : 'development'));

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
