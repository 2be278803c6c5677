import { render } from 'preact';
import { checkDraft } from '../../src/content/check-draft';
import { App } from './App';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App check={checkDraft} />, root);
