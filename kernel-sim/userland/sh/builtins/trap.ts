// trap [-lp] [[action] signal...]: set, reset (-), ignore (''), list.

import type { Shell } from "../interp/shell.ts";
import { installTrap, TRAP_DEBUG, TRAP_ERR, TRAP_EXIT, TRAP_RETURN } from "../interp/trap.ts";
import { signalName, signalNumber } from "../../../uapi/signal.ts";
import { out, berr } from "./io.ts";

function trapKey(sh: Shell, spec: string): number | null {
  const u = spec.toUpperCase();
  if (spec === "0" || u === "EXIT" || u === "SIGEXIT") return TRAP_EXIT;
  if (sh.bash && u === "ERR") return TRAP_ERR;
  if (sh.bash && u === "DEBUG") return TRAP_DEBUG;
  if (sh.bash && u === "RETURN") return TRAP_RETURN;
  const n = signalNumber(sh.bash ? spec : spec.toUpperCase());
  return n > 0 ? n : null;
}

function keyName(sh: Shell, k: number): string {
  if (k === TRAP_EXIT) return "EXIT";
  if (k === TRAP_ERR) return "ERR";
  if (k === TRAP_DEBUG) return "DEBUG";
  if (k === TRAP_RETURN) return "RETURN";
  return sh.bash ? "SIG" + signalName(k) : signalName(k);
}

function listing(sh: Shell, keys: number[]): string {
  let s = "";
  for (const k of keys) {
    const a = sh.traps.get(k);
    if (a === undefined) continue;
    s += `trap -- '${a.replace(/'/g, "'\\''")}' ${keyName(sh, k)}\n`;
  }
  return s;
}

export async function trap(sh: Shell, argv: string[]): Promise<number> {
  let args = argv.slice(1);
  if (args[0] === "--") args = args.slice(1);
  if (args.length === 0 || (sh.bash && args[0] === "-p")) {
    const keys = args.length > 1 ? args.slice(1).map((a) => trapKey(sh, a)).filter((k): k is number => k !== null) : [...sh.traps.keys()].sort((a, b) => a - b);
    await out(sh, "trap", listing(sh, keys));
    return 0;
  }
  if (args[0] === "-l") {
    const { kill } = await import("./jobs.ts");
    return kill(sh, ["kill", "-l"]);
  }
  if (args[0]!.startsWith("-") && args[0] !== "-" && !sh.bash) {
    await sh.error(`trap: Illegal option ${args[0]}`);
    return 2;
  }
  let action: string | null;
  let specs: string[];
  // trap N...: a first argument that is a signal number means "reset" (POSIX)
  if (args.length === 1 || /^[0-9]+$/.test(args[0]!)) {
    action = null;
    specs = args[0] === "-" ? args.slice(1) : args;
  } else {
    action = args[0] === "-" ? null : args[0]!;
    specs = args.slice(1);
  }
  let status = 0;
  for (const s of specs) {
    const k = trapKey(sh, s);
    if (k === null) {
      await berr(sh, "trap", sh.bash ? `${s}: invalid signal specification` : `${s}: bad trap`);
      status = 1;
      continue;
    }
    if (k === 9 || k === 19) {
      if (sh.bash) continue;
    }
    installTrap(sh, k, action);
  }
  return status;
}
