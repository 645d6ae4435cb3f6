import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `base: "./"` makes every asset URL relative, so `dist/` works from any sub-path of any static
// server without rebuilding. `geodata/` is copied into `dist/geodata/` by the copy-geodata plugin.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
  worker: { format: "es" },
});
