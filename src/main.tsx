import { render } from 'preact';
import { registerServiceWorker } from './pwa/register';

// Placeholder shell until the wizard lands (issue 3).
render(<main><h1>就労支援セルフチェック</h1></main>, document.getElementById('app')!);

registerServiceWorker();
