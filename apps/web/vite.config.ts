import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { THEME } from './src/theme';
import { antdSlim } from './vite-antd-slim';
import { antdStyles } from './vite-antd-styles';
import { routePreload } from './vite-route-preload';

// The staff UI and the public pages, built into dist/web and served by the gateway (same origin as the API).
// `npm run web:dev` serves it with hot reload and forwards /api and /public to a gateway on :3000.
export default defineConfig({
  root: __dirname,
  plugins: [antdSlim(), antdStyles(THEME), react(), routePreload(resolve(__dirname, 'src'))],
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    // .vite/manifest.json: `npm run bench:web` reads it to weigh each route's JavaScript (never served).
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/public': 'http://localhost:3000' },
  },
});
