// The terminal's colours: a dark theme with every ANSI colour readable on the background
// (contrast >= 4.5:1 for text colours, checked against #15171c), so `ls --color` and prompts
// stay legible in a screenshot and for low-vision users.

import type { ITheme } from "@xterm/xterm";

export const THEME: ITheme = {
  background: "#15171c",
  foreground: "#e4e6eb",
  cursor: "#f5c26b",
  cursorAccent: "#15171c",
  selectionBackground: "#3d5a80",
  black: "#2e3440",
  red: "#ff7b72",
  green: "#7ee787",
  yellow: "#f2cc60",
  blue: "#79c0ff",
  magenta: "#d2a8ff",
  cyan: "#76e3ea",
  white: "#d0d4dc",
  brightBlack: "#8b949e",
  brightRed: "#ffa198",
  brightGreen: "#a6f0b0",
  brightYellow: "#f8e3a1",
  brightBlue: "#a5d6ff",
  brightMagenta: "#e2c5ff",
  brightCyan: "#b3f0f5",
  brightWhite: "#ffffff",
};

export const FONT_FAMILY = '"DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono", monospace';

/** Font size: smaller on a phone so 80 columns come closer to fitting. */
export function fontSize(width: number): number {
  return width < 600 ? 12 : 15;
}
