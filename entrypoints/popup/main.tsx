import { render } from 'preact';
import { analyze } from '../../src/engine';
import { App } from './App';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App analyze={analyze} />, root);
