import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no element with id "root" to render the panel into.');
}
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
