import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * The app talks to its own origin only and runs no inline script or style. Delivered in a <meta> so it travels
 * with any static host; the built page only (the dev server injects inline scripts for hot reload).
 * data: images are for generated pictures such as a QR code. The same constant is sent as a header (below).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What a host should send with every file: the page's policy plus what only a header can say. A <meta> policy
 * ignores frame-ancestors, so without these headers another site can show the app in a frame and make a
 * person click its buttons ("すべて消して次の方へ"). Written to dist/_headers (Netlify, Cloudflare Pages), sent by
 * `vite preview` (`npm start`, the browser tests), and given for other servers in docs/deploy.md.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // The app links to official pages; they need not learn where the person came from.
  'Referrer-Policy': 'no-referrer',
  // Features the app never uses, refused for anything that might get in.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** dist/_headers in the format Netlify and Cloudflare Pages read: a path pattern, then indented headers. */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  // The service worker is fetched fresh, so an update is found at once (browsers cap its cache at 24 h anyway).
  return ['/*', ...lines, '/sw.js', '  Cache-Control: no-cache', ''].join('\n');
}

/**
 * The first page's shared chunk: the libraries, and the small modules the first page shares with lazy chunks
 * (each would otherwise be a tiny chunk of its own). UI parts used only by later pages stay out of it. The
 * texts are read by src/i18n/lookup.ts (no i18next: docs/decisions/007-one-locale-reader.md).
 */
const SHELL = /node_modules[\\/](preact|@preact)[\\/]|vite[\\/]preload-helper|src[\\/](ui|i18n)[\\/]|src[\\/]case[\\/](values|paths|dates)\.ts/;
const LATER_UI = /src[\\/]ui[\\/](SummaryList|Notice)\.tsx$/;
/** Loaded only with another language: the furigana renderer, and the list of the other languages' files. */
const LANGUAGE_EXTRAS = /src[\\/]i18n[\\/](ruby|markup|other-languages)\.ts$/;
// Not the ui barrel either: a group takes a module's dependencies with it, and the barrel's are every ui part.
const inShell = (id: string) => SHELL.test(id) && !LATER_UI.test(id) && !LANGUAGE_EXTRAS.test(id) && !/src[\\/]ui[\\/]index\.ts$/.test(id);

function contentSecurityPolicy(): Plugin {
  return {
    name: 'shuro-check:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    contentSecurityPolicy(),
    preact(),
    VitePWA({
      strategies: 'generateSW',
      // An update waits until the user agrees (the app shows "update available → reload").
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '就労支援セルフチェック Shuro Check',
        short_name: 'Shuro Check',
        description: '障害福祉の就労支援サービスが使えそうか、費用の上限、次にすることを、この端末の中だけで確かめます。',
        lang: 'ja',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Not png/svg/webmanifest: the plugin precaches the manifest and its icons itself (they would be listed twice).
        globPatterns: ['**/*.{js,css,html,json}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        // The prompt flow: a new SW waits until the app calls updateSW(true) on the user's consent.
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        // The first page in two files: the entry, and the libraries with the small modules it shares with lazy
        // chunks (otherwise each becomes a tiny chunk of its own, costing a request and its gzip overhead).
        codeSplitting: {
          groups: [
            { name: 'shell', test: inShell },
            { name: 'later-ui', test: LATER_UI },
          ],
        },
      },
    },
  },
  // `vite preview` (`npm start`) sends the same headers as dist/_headers.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { ...SECURITY_HEADERS },
  },
});
