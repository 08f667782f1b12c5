// clear(1) (ncurses): home the cursor, clear the screen and the scrollback, as TERM=xterm does.

import { program } from "../lib/main.ts";

export default program(async (p) => {
  await p.out.write("\x1b[H\x1b[2J\x1b[3J");
  return 0;
});
