// Signal dispositions. Analogous to Linux's struct sighand_struct: one action per signal,
// shared with CLONE_SIGHAND, copied by fork, reset by execve (handled ones go back to the default;
// ignored ones stay ignored - execve(2)).

import type { SignalHandler } from "../../userland/lib/sys.ts";
import { NSIG } from "../../uapi/signal.ts";

/** struct k_sigaction. */
export interface KSigAction {
  handler: "default" | "ignore" | SignalHandler;
  restart: boolean;
  mask: bigint;
}

const DEFAULT: KSigAction = Object.freeze({ handler: "default", restart: false, mask: 0n }) as KSigAction;

export class SigHand {
  readonly action: KSigAction[] = new Array<KSigAction>(NSIG).fill(DEFAULT);

  copy(): SigHand {
    const s = new SigHand();
    for (let i = 0; i < NSIG; i++) s.action[i] = this.action[i]!;
    return s;
  }

  /** flush_signal_handlers() at execve: a JS handler cannot survive the program it belongs to. */
  resetForExec(): void {
    for (let i = 0; i < NSIG; i++) if (typeof this.action[i]!.handler === "function") this.action[i] = DEFAULT;
  }
}

/** Bit for a signal in a sigset (bit N-1 for signal N). */
export function sigmask(sig: number): bigint {
  return 1n << BigInt(sig - 1);
}
