import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The SPA is served by the NestJS server from client/dist in production.
// In development `npm run dev:client` proxies API calls to the server on :3000.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  css: {
    postcss: root,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: false, ws: true },
      '/healthz': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: false, ws: true },
      '/healthz': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
