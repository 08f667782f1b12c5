#!/usr/bin/env node
// The vlab command line: boots a simulated Linux host and gives you its shell (or runs a
// script in it). The host is TypeScript; tsx compiles it on the fly, so no build step is needed.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
// Exit at once: a job left running in the machine (sleep 100 &) must not keep the host process alive.
process.exit(await main(process.argv.slice(2)));
