// The browser app's build: the page lives in web/ (index.html), the machine runs in a module
// worker (worker/main.ts), and vite-plugin-pwa writes a service worker that precaches every
// asset so the page works offline after the first visit. Output: dist/.

import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  root: "web",
  base: "./",
  publicDir: "public",
  build: { outDir: "../dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  preview: { host: "127.0.0.1", strictPort: true },
  server: { host: "127.0.0.1" },
  plugins: [
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["icon.svg", "icon-192.png", "icon-512.png"],
      manifest: {
        name: "vlab — a Linux machine in your browser",
        short_name: "vlab",
        description: "Processes, namespaces, cgroups and overlay mounts you can take apart. Works offline.",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#15171c",
        theme_color: "#15171c",
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,woff2}"],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once (so it works offline without a reload);
        // an update still waits for the user (registerType "prompt": no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
});
