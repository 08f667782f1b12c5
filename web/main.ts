// The page's entry: start the machine's worker first, before the terminal code is even
// loaded, so the worker's script downloads and the kernel boots while xterm.js is parsed.
// Everything else is app.ts.

performance.mark("vlab:worker-start");
const worker = new Worker(new URL("../worker/main.ts", import.meta.url), { type: "module", name: "vlab-host" });
void import("./app.ts").then((app) => app.start(worker));
