import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './stijl.css';
import { App } from './App.js';
import { isLazypagina, laadPagina } from './lazypaginas.js';
import { BASIS } from './navigatie.js';
import { haalSessie } from './api.js';

// Wie er is aangemeld (en het CSRF-token) meteen vragen, tegelijk met de code van de pagina:
// elke vraag aan de gateway wacht erop.
void haalSessie();

// Opent iemand meteen een pagina met een eigen chunk, dan komt die code vóór het eerste
// beeld, zodat de pagina direct haar gegevens opvraagt in plaats van eerst "laden" te tonen.
const eerste = window.location.pathname.slice(BASIS.length).split('/').filter(Boolean)[0];
if (isLazypagina(eerste)) await laadPagina(eerste).catch(() => undefined);

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
