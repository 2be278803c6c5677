import { render } from 'preact';
import { checkDraft } from '../../src/content/check-draft';
import { analyze } from '../../src/engine';
import { App } from './App';
import '../../src/ui/finding-list.css';
import './style.css';

const root = document.getElementById('app');
// The same check as on the sites; an engine failure shows as "could not check", never as ok.
if (root) render(<App check={(text, policy) => checkDraft(text, { policy, analyze, failClosed: 'confirm' })} />, root);
