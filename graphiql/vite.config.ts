// Builds the self-hosted GraphiQL page into dist/graphiql, served by src/server/static.ts at
// /graphiql. All assets are local (no CDN, no web fonts), so the IDE works offline.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/',
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    // GraphiQL + React + CodeMirror is one ~1.5 MB chunk; that is expected for an IDE page.
    chunkSizeWarningLimit: 4000,
    // Keep every asset (icons, images) as a file or data: URL inside dist/graphiql.
    assetsInlineLimit: 4096,
    rolldownOptions: {
      // React/Radix ship "use client" / "use no memo" directives that mean nothing in a plain
      // client bundle; the bundler's notice about dropping them is noise.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
