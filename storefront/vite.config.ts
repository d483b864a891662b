import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/uploads': 'http://localhost:4000',
      '/media': 'http://localhost:4000',
      // Partners' files, served by the API: the docs page reads the reference, the call button is /embed.js.
      '/partner-reference.json': 'http://localhost:4000',
      '/schema.graphql': 'http://localhost:4000',
      '/embed.js': 'http://localhost:4000',
      '/uploads': 'http://localhost:4000',
      '/media': 'http://localhost:4000',
    },
  },
});
