// GNU's quote() proper: gnulib's locale_quoting_style, which in the C locale is '...' with C
// escapes (\n, \t, \\, \' and octal for other control and non-ASCII bytes). Few tools name
// files this way (mkdir does); most use quoteaf(), the shell-escape style of main.ts quote().

const ESC: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 39: "\\'", 92: "\\\\" };

export function quoteLocale(s: string): string {
  let out = "'";
  for (const b of new TextEncoder().encode(s)) {
    const e = ESC[b];
    if (e) out += e;
    else if (b < 32 || b >= 127) out += "\\" + b.toString(8).padStart(3, "0");
    else out += String.fromCharCode(b);
  }
  return out + "'";
}
