// The editing commands of readline's emacs keymap that work on the line alone: moving by
// character and word, deleting, the kill ring (C-k C-u C-w M-d M-DEL, C-y M-y), transposing and
// changing case. The commands that need the editor (accept, history, search, completion, quoting)
// are readline.ts's. Names after readline(3)'s "Commands for Moving" / "Killing and Yanking".

import type { KillRing, LineBuffer } from "./line.ts";

/** The chars a yank inserted, for M-y to replace. */
export interface Yank {
  from: number;
  to: number;
}

/** What an editing command may read and change besides the line. */
export interface EditState {
  kill: KillRing;
  /** The previous key was a kill, so this kill appends to the ring's top (readline's "kill-append"). */
  killing: boolean;
  /** The last command's yank (for M-y), or null. */
  wasYank: Yank | null;
  /** Set by C-y and M-y to what they inserted. */
  yank: Yank | null;
}

/**
 * Run the editing command bound to key on line l: "done" (redraw the line), "bell" (nothing to do
 * there), or "unbound" (not an editing key: the caller looks further).
 */
export function editCommand(key: string, l: LineBuffer, s: EditState): "done" | "bell" | "unbound" {
  switch (key) {
    case "Delete":
      if (l.point < l.chars.length) l.cut(l.point, l.point + 1);
      break;
    case "C-h":
    case "C-?":
      if (l.point > 0) l.cut(l.point - 1, l.point);
      break;
    case "C-a":
    case "Home":
      l.point = 0;
      break;
    case "C-e":
    case "End":
      l.point = l.chars.length;
      break;
    case "C-b":
    case "Left":
      if (l.point > 0) l.point--;
      break;
    case "C-f":
    case "Right":
      if (l.point < l.chars.length) l.point++;
      break;
    case "M-b":
    case "C-Left":
    case "M-Left":
      l.point = l.backwardWord();
      break;
    case "M-f":
    case "C-Right":
    case "M-Right":
      l.point = l.forwardWord();
      break;
    case "C-k":
      s.kill.push(l.cut(l.point, l.chars.length), s.killing ? "after" : null);
      break;
    case "C-u":
      s.kill.push(l.cut(0, l.point), s.killing ? "before" : null);
      break;
    case "C-w":
      s.kill.push(l.cut(l.backwardBigWord(), l.point), s.killing ? "before" : null);
      break;
    case "M-d":
      s.kill.push(l.cut(l.point, l.forwardWord()), s.killing ? "after" : null);
      break;
    case "M-C-?":
    case "M-C-h":
      s.kill.push(l.cut(l.backwardWord(), l.point), s.killing ? "before" : null);
      break;
    case "C-y": {
      const t = s.kill.top();
      if (t === undefined) break;
      const from = l.point;
      l.insert(t);
      s.yank = { from, to: l.point };
      break;
    }
    case "M-y": {
      if (!s.wasYank) return "bell";
      const t = s.kill.rotate()!;
      l.cut(s.wasYank.from, s.wasYank.to);
      l.insert(t);
      s.yank = { from: s.wasYank.from, to: l.point };
      break;
    }
    case "C-t":
      if (!l.transpose()) return "bell";
      break;
    case "M-u":
      l.caseWord("upper");
      break;
    case "M-l":
      l.caseWord("lower");
      break;
    case "M-c":
      l.caseWord("capital");
      break;
    default:
      return "unbound";
  }
  return "done";
}
