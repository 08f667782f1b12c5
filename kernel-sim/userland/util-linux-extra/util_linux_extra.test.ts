import { describe, expect, it } from "vitest";
import { runScript } from "../../host/index.ts";
import { decode } from "../lib/text.ts";

async function sh(script: string): Promise<string> {
  return decode((await runScript({ script })).output);
}

// Expected output recorded from util-linux 2.38.1 on Debian 12 (uid 1000 renamed to the image's).
describe("setsid", () => {
  it("waits with -w and reports a missing program", async () => {
    expect(await sh(`setsid; echo $?; setsid -w sh -c 'exit 3'; echo $?; setsid -w nosuch; echo $?\n`)).toBe(
      "setsid: no command specified\nTry 'setsid --help' for more information.\n1\n3\n" +
        "setsid: failed to execute nosuch: No such file or directory\n127\n",
    );
  });
  it("makes a new session", async () => {
    expect(await sh(`setsid -w sh -c 'test $(ps -o sid= -p $$) -eq $$ && echo leader'\n`)).toBe("leader\n");
  });
});

describe("setpriv", () => {
  it("changes ids and groups, and checks its options as util-linux does", async () => {
    expect(
      await sh(
        `setpriv --reuid=nobody --regid=nogroup --init-groups id; setpriv --regid=1 id; echo $?; ` +
          `setpriv --clear-groups --keep-groups id; setpriv --init-groups id; setpriv -d --reuid=1 id; ` +
          `setpriv --reuid=1 --reuid=2 id; setpriv --reuid=bogus id; setpriv; echo $?; setpriv nosuch; echo $?\n`,
      ),
    ).toBe(
      "uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n" +
        "setpriv: --[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups\n1\n" +
        "setpriv: mutually exclusive arguments: --clear-groups --keep-groups --init-groups --groups\n" +
        "setpriv: --init-groups requires --ruid or --reuid\n" +
        "setpriv: --dump is incompatible with all other options\n" +
        "setpriv: duplicate ruid or euid\n" +
        "setpriv: failed to parse reuid: 'bogus'\n" +
        "setpriv: No program specified\n1\n" +
        "setpriv: failed to execute nosuch: No such file or directory\n127\n",
    );
  });
  it("dumps the state", async () => {
    const out = await sh(`setpriv --reuid=1 --regid=1 --clear-groups setpriv -d\n`);
    expect(out.split("\n").slice(0, 8).join("\n")).toBe(
      "uid: 1\neuid: 1\ngid: 1\negid: 1\nSupplementary groups: [none]\nno_new_privs: 0\nInheritable capabilities: [none]\nAmbient capabilities: [none]",
    );
  });
});
