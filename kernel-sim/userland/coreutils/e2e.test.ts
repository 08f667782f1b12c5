// End to end: a script through a booted host (kernel-sim/host runScript), compared with what
// bash 5.2 and GNU coreutils 9.1 / grep 3.8 / sed 4.9 / mawk / findutils 4.9 / diffutils 3.8 /
// procps-ng 4.0 printed for the same script on Debian 12 (recorded; CI does not need them).

import { describe, expect, it } from "vitest";
import { runScript } from "../../host/index.ts";

const SCRIPT = "cd /tmp && mkdir -p e2e && cd e2e\nprintf 'b 2\\na 1\\nc 3\\n' > f\nsort f | awk '{ print $2 \":\" $1 }' | paste -sd, -\ngrep -c . f; grep -n 'a' f | cut -d: -f1\nsed -n '2{s/a/A/;p}' f\nseq 1 20 | tail -n 3 | tr '\\n' ' '; echo\nfind . -name 'f' -type f | xargs wc -l\nprintf 'x\\ny\\n' | diff - f | head -n 2\nls -l f | cut -d' ' -f1,5\nkill -l 15; kill -l TERM\nps -o pid= -p $$ | tr -d ' ' | grep -c '^[0-9][0-9]*$'\necho done | tee out >/dev/null; cat out\nstat -c '%s %A %n' f\nexpr 6 \\* 7; test -f f && echo isfile\nprintf '%05.1f|%-3s|%x\\n' 3.14159 ab 255\ndate -u -d @86400 '+%F %T'\n";

const EXPECTED = "1:a,2:b,3:c\n3\n2\nA 1\n18 19 20 \n3 ./f\n1,2c1,3\n< x\n-rw-r--r-- 12\nTERM\n15\n1\ndone\n12 -rw-r--r-- f\n42\nisfile\n003.1|ab |ff\n1970-01-02 00:00:00\n[status 0]\n";

describe("userland pipeline on a booted host", () => {
  it("prints what real Linux printed", async () => {
    const r = await runScript({ script: SCRIPT, shell: "bash" });
    const text = new TextDecoder().decode(r.output) + `[status ${r.status}]\n`;
    expect(text).toBe(EXPECTED);
  });
});
