// Traps (XCU trap): an action string run when a signal arrives, at EXIT, or (bash) on ERR.
// The signal handler only queues the signal; the interpreter runs the action between commands,
// as real shells do (a handler cannot run shell code in the middle of a builtin).

import type { Shell } from "./shell.ts";
import { evalText } from "./eval.ts";
import { ExitSig } from "./shell.ts";

/** Key of the EXIT and ERR pseudo-signals in Shell.traps. */
export const TRAP_EXIT = 0;
export const TRAP_ERR = -1;
export const TRAP_DEBUG = -2;
export const TRAP_RETURN = -3;

/** Run the action for sig (or the given action) with $? preserved around it. */
export async function runTrap(sh: Shell, sig: number, action?: string): Promise<void> {
  const act = action ?? sh.traps.get(sig);
  if (act === undefined || act === "") return;
  const saved = sh.status;
  const savedLine = sh.lineno;
  sh.inTrap++;
  try {
    await evalText(sh, act, "trap");
  } catch (e) {
    if (e instanceof ExitSig) throw e;
    throw e;
  } finally {
    sh.inTrap--;
    sh.lineno = savedLine;
  }
  if (sig !== TRAP_EXIT) sh.status = saved;
}

/** Install the kernel-side disposition for a trap. */
export function installTrap(sh: Shell, sig: number, action: string | null): void {
  // XCU trap: "Signals that were ignored on entry to a non-interactive shell cannot be trapped or reset"
  if (sig > 0 && !sh.interactive && sh.ignoredAtStart.has(sig)) return;
  if (sig <= 0) {
    if (action === null) sh.traps.delete(sig);
    else sh.traps.set(sig, action);
    if (sig === TRAP_DEBUG) sh.debugTrap = action !== null && action !== "";
    return;
  }
  if (action === null) {
    sh.traps.delete(sig);
    sh.sys.sigaction(sig, { handler: "default" });
  } else if (action === "") {
    sh.traps.set(sig, "");
    sh.sys.sigaction(sig, { handler: "ignore" });
  } else {
    sh.traps.set(sig, action);
    sh.sys.sigaction(sig, {
      handler: (s) => {
        sh.pendingSignals.push(s);
      },
      // not SA_RESTART: `wait` and `read` return when a trapped signal arrives, as in bash
      restart: false,
    });
  }
}
