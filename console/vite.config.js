import { defineConfig } from 'vite';

// Built into the jar job-api serves it from: /console/ (META-INF/resources/console).
export default defineConfig({
  root: 'src',
  base: '/console/',
  build: {
    outDir: '../target/classes/META-INF/resources/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
});
