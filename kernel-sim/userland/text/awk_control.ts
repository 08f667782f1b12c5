// awk's non-local control flow (next, nextfile, break, continue, exit, return) as thrown
// values: statements throw them, the loops and the record cycle catch them.

import type { Val } from "./awk_value.ts";

export class Next {}
export class NextFile {}
export class Break {}
export class Continue {}
export class Exit {
  constructor(readonly status: number) {}
}
export class Return {
  constructor(readonly v: Val) {}
}
export const NEXT = new Next();
export const NEXTFILE = new NextFile();
export const BREAK = new Break();
export const CONTINUE = new Continue();

export class AwkRuntimeError {
  constructor(readonly message: string) {}
}
