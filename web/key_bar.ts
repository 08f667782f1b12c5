// The keys a phone's keyboard lacks, in a row under the terminal (a column beside it on a
// tablet), as Termux and mobile ssh apps have: Esc, Tab, a sticky Ctrl, ^C, the arrows, and a
// few symbols that hide on a second keyboard page. Shown only where the main pointer is a
// finger (CSS: pointer: coarse). A tap must not take the focus from the terminal, or the phone
// would close its keyboard.

import type { Terminal } from "@xterm/xterm";
import { h } from "./dom.ts";
import { t, type MessageKey } from "./i18n.ts";

interface Key {
  label: string;
  /** For screen readers, where the label is a symbol. */
  name?: MessageKey;
  /** What the key sends; a function for the arrows, which depend on the cursor-key mode. */
  send?: string | ((term: Terminal) => string);
}

const arrow = (final: string) => (term: Terminal) => (term.modes.applicationCursorKeysMode ? "\x1bO" : "\x1b[") + final;

/** Sticky: the next key typed becomes its control character. */
const CTRL: Key = { label: "Ctrl" };

const KEYS: Key[] = [
  { label: "Esc", send: "\x1b" },
  { label: "Tab", send: "\t" },
  CTRL,
  { label: "^C", name: "keys.interrupt", send: "\x03" },
  { label: "←", name: "keys.left", send: arrow("D") },
  { label: "↑", name: "keys.up", send: arrow("A") },
  { label: "↓", name: "keys.down", send: arrow("B") },
  { label: "→", name: "keys.right", send: arrow("C") },
  { label: "|", send: "|" },
  { label: "/", send: "/" },
  { label: "-", send: "-" },
  { label: "~", send: "~" },
];

/** The control character of c as Ctrl+c makes it (^A..^Z, ^@, ^[ ... ^_, ^?), or null. */
export function controlOf(c: string): string | null {
  if (c.length !== 1) return null;
  const code = c.toUpperCase().charCodeAt(0);
  if (code === 0x3f) return "\x7f";
  if (code === 0x20) return "\x00";
  if (code >= 0x40 && code <= 0x5f) return String.fromCharCode(code & 0x1f);
  return null;
}

export class KeyBar {
  readonly element: HTMLElement;
  private readonly buttons: HTMLButtonElement[];
  private ctrlDown = false;

  constructor(private readonly active: () => { term: Terminal; focus(): void } | null) {
    this.buttons = KEYS.map((k) => {
      const b = h("button", { type: "button", tabindex: -1 }, k.label);
      if (k === CTRL) b.setAttribute("aria-pressed", "false");
      // Keep the focus (and the phone's keyboard) in the terminal.
      b.addEventListener("pointerdown", (e) => e.preventDefault());
      b.addEventListener("click", () => this.press(k));
      return b;
    });
    this.element = h("div", { class: "keybar", role: "toolbar" }, this.buttons);
    this.relabel();
  }

  relabel(): void {
    this.element.setAttribute("aria-label", t("keys.label"));
    KEYS.forEach((k, i) => k.name && this.buttons[i]!.setAttribute("aria-label", t(k.name)));
  }

  private press(k: Key): void {
    const v = this.active();
    if (!v) return;
    if (k === CTRL) this.setCtrl(!this.ctrlDown);
    else if (k.send) v.term.input(typeof k.send === "string" ? k.send : k.send(v.term), true); // through takeCtrl
    v.focus();
  }

  private setCtrl(on: boolean): void {
    this.ctrlDown = on;
    this.buttons[KEYS.indexOf(CTRL)]!.setAttribute("aria-pressed", String(on));
  }

  /** Every key the terminal sends passes here: while Ctrl is down, a character becomes its control character. */
  takeCtrl(data: string): string {
    if (!this.ctrlDown) return data;
    this.setCtrl(false);
    return controlOf(data) ?? data;
  }
}
