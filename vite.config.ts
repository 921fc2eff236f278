import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  base: './',
  plugins: [
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
  build: { target: 'es2022' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
