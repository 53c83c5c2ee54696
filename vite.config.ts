import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: React + antd + AG Grid, built to dist/renderer and loaded by Electron (app://bundle/)
// or served by the HTTP host. `npm run dev` proxies /rpc to a running `npm run serve` on port 5380.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'ag-grid', test: /node_modules[\\/](ag-grid|@ag-grid)/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/rpc': 'http://127.0.0.1:5380' },
  },
});
