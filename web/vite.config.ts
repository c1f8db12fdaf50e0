import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { documentImports } from './scripts/documentImports';

// The API the dev server forwards to (`./platform web`): GraphQL (HTTP and WebSocket), sign-in and the server's pages.
const api = process.env.PLATFORM_API ?? 'http://localhost:5000';
const proxied = ['^/t/[^/]+/graphql', '^/graphql', '^/connect', '^/account', '^/\\.well-known', '^/invitations', '^/payments'];

// Built, the site is served from /app/ by the API; in development Vite serves it at the root.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? '/app/' : '/',
  plugins: [documentImports(), react()],
  build: {
    outDir: process.env.PLATFORM_WEB_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // scripts/postbuild.mjs reads it to measure what the booking page loads.
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: api, ws: true, changeOrigin: false }])),
  },
}));
