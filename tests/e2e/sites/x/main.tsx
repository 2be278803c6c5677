/** @jsxImportSource react */
import draftCss from 'draft-js/dist/Draft.css';
import { createRoot } from 'react-dom/client';
import { initRecorder, injectStyle } from '../shared/recorder';
import { App } from './app';
import { X_CSS } from './style';

initRecorder();
injectStyle(draftCss);
injectStyle(X_CSS);
const container = document.getElementById('react-root');
if (!container) throw new Error('X fixture shell has no #react-root');
createRoot(container).render(<App />);
