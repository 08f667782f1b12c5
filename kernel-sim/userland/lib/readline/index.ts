// The line editor library: import from here.

export { Readline, type ReadlineOptions } from "./readline.ts";
export { History } from "./history.ts";
export { expandHistory } from "./history_expand.ts";
export { shellCompleter, type ShellNames } from "./complete_shell.ts";
export type { Completer, Completion, Match } from "./complete.ts";
export { KeyDecoder, isPrintable } from "./keys.ts";
export { readKeyBytes } from "./read_key.ts";
export { enterRaw, leaveRaw, winsize, textWidth, charWidth, stripEscapes } from "./term.ts";
