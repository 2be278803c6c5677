import type { AnalysisResult } from '../../src/engine';
import { DraftChecker } from './DraftChecker';

interface AppProps {
  /** The engine is passed in, so the popup never knows how findings are made. */
  analyze: (text: string) => AnalysisResult;
}

export function App({ analyze }: AppProps) {
  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/32.png" alt="" width={24} height={24} />
        <h1 class="popup__title">Second Look</h1>
      </header>
      <p class="popup__status">
        Protecting your posts on X, Facebook and LinkedIn — nothing leaves this device
      </p>
      <DraftChecker analyze={analyze} />
    </main>
  );
}
