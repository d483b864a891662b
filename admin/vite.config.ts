import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // react-admin and Material UI make one large chunk; the panel is used by staff on desktop, so it is not split.
  build: { chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
