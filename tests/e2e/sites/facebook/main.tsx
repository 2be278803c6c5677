/** @jsxImportSource react */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initRecorder, injectStyle, markReady } from '../shared/recorder';
import { onNavigate } from '../shared/router';
import { Feed } from './feed';
import { Messenger } from './messenger';
import { FB_CSS } from './style';

function App() {
  const [pathname, setPathname] = useState(location.pathname);
  useEffect(() => onNavigate(() => setPathname(location.pathname)), []);
  useEffect(() => markReady(), []);
  const thread = /^\/messages\/t\/([^/]+)/.exec(pathname);
  return thread ? <Messenger threadId={thread[1]!} /> : <Feed />;
}

initRecorder();
injectStyle(FB_CSS);
const container = document.getElementById('mount_0_0_Fx');
if (!container) throw new Error('Facebook fixture shell has no mount point');
createRoot(container).render(<App />);
