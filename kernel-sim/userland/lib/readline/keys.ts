// Keystrokes from a terminal's bytes: what xterm (and the Linux console) send for arrows,
// Home/End, Delete, function keys, Alt+key (ESC prefix) and UTF-8 text. Shared by the line
// editor and the full-screen programs (nano, vi, less, top).
//
// A key is a string: a typed character as itself ("a", "é"), a control character as "C-x"
// ("C-a", "C-?" is DEL), Alt+key as "M-x", and named keys as in readline's inputrc
// ("Up", "Down", "Left", "Right", "Home", "End", "Delete", "Insert", "PageUp", "PageDown",
// "Esc", "C-Left", "C-Right", "F1".."F12"). Enter is "C-m", Tab "C-i", Backspace "C-?".

const CSI_TILDE: Record<string, string> = {
  "1": "Home", "2": "Insert", "3": "Delete", "4": "End", "5": "PageUp", "6": "PageDown", "7": "Home", "8": "End",
  "11": "F1", "12": "F2", "13": "F3", "14": "F4", "15": "F5", "17": "F6", "18": "F7", "19": "F8", "20": "F9", "21": "F10", "23": "F11", "24": "F12",
};
const CSI_FINAL: Record<string, string> = { A: "Up", B: "Down", C: "Right", D: "Left", H: "Home", F: "End", P: "F1", Q: "F2", R: "F3", S: "F4", Z: "S-Tab" };

/** The name of a control byte: 0x01 -> "C-a", 0x7f -> "C-?", 0x00 -> "C-@". */
export function controlName(b: number): string {
  if (b === 0x7f) return "C-?";
  if (b === 0) return "C-@";
  if (b >= 1 && b <= 26) return "C-" + String.fromCharCode(b + 96);
  return "C-" + String.fromCharCode(b + 64); // ESC [ \ ] ^ _
}

/**
 * Splits terminal input into keys. Keep one per reader: a UTF-8 character cut between two
 * reads is held until its rest arrives. An escape sequence is expected whole in one read (a
 * terminal writes a key's bytes at once); a lone ESC at the end of a read is the Esc key.
 */
export class KeyDecoder {
  private partial: number[] = [];

  decode(bytes: Uint8Array): string[] {
    let b: number[] | Uint8Array = bytes;
    if (this.partial.length) {
      b = [...this.partial, ...bytes];
      this.partial = [];
    }
    const keys: string[] = [];
    let i = 0;
    const n = b.length;
    while (i < n) {
      const c = b[i]!;
      if (c === 0x1b) {
        i = this.escape(b, i, keys);
        continue;
      }
      if (c < 0x20 || c === 0x7f) {
        keys.push(controlName(c));
        i++;
        continue;
      }
      if (c < 0x80) {
        keys.push(String.fromCharCode(c));
        i++;
        continue;
      }
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      if (i + len > n) {
        for (let k = i; k < n; k++) this.partial.push(b[k]!);
        break;
      }
      keys.push(len === 1 ? "\ufffd" : utf8(b, i, len));
      i += len;
    }
    return keys;
  }

  /** An ESC at b[i]: a CSI or SS3 sequence, Alt+key, or Esc itself. Returns the next index. */
  private escape(b: ArrayLike<number>, i: number, keys: string[]): number {
    const n = b.length;
    if (i + 1 >= n) {
      keys.push("Esc");
      return i + 1;
    }
    const c1 = b[i + 1]!;
    if (c1 === 0x5b /* [ */ || c1 === 0x4f /* O */) {
      let j = i + 2;
      let params = "";
      while (j < n && b[j]! >= 0x20 && b[j]! <= 0x3f) params += String.fromCharCode(b[j++]!);
      if (j >= n) {
        keys.push(c1 === 0x5b ? "M-[" : "M-O");
        return i + 2 + params.length;
      }
      const final = String.fromCharCode(b[j]!);
      keys.push(csiKey(params, final));
      return j + 1;
    }
    if (c1 === 0x1b) {
      keys.push("Esc");
      return i + 1;
    }
    if (c1 < 0x20 || c1 === 0x7f) {
      keys.push("M-" + controlName(c1));
      return i + 2;
    }
    if (c1 < 0x80) {
      keys.push("M-" + String.fromCharCode(c1));
      return i + 2;
    }
    keys.push("Esc");
    return i + 1;
  }
}

function csiKey(params: string, final: string): string {
  if (final === "~") {
    const [code, mod] = params.split(";");
    const name = CSI_TILDE[code ?? ""];
    if (!name) return "Unknown";
    return mod === "5" ? "C-" + name : name;
  }
  const name = CSI_FINAL[final];
  if (!name) return "Unknown";
  // ESC [ 1 ; 5 C: Ctrl+Right; ESC [ 1 ; 3 C: Alt+Right.
  const mod = params.split(";")[1];
  if (mod === "5") return "C-" + name;
  if (mod === "3") return "M-" + name;
  return name;
}

function utf8(b: ArrayLike<number>, i: number, len: number): string {
  let cp = b[i]! & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) cp = (cp << 6) | (b[i + k]! & 0x3f);
  return String.fromCodePoint(cp);
}

/** Is the key a character to insert (not a control, Alt or named key)? */
export function isPrintable(key: string): boolean {
  if (key.length === 1) return key >= " " && key !== "\x7f";
  // A non-BMP character is two UTF-16 units; named keys are longer ASCII words.
  return key.length === 2 && key.codePointAt(0)! > 0xffff;
}
