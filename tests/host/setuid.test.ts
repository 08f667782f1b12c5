// execve honours set-user-ID bits (and ignores them on a nosuid mount such as /tmp).
import { describe, expect, it } from "vitest";
import { sh } from "./run.ts";

describe("set-user-ID programs", () => {
  it("run with the owner's effective uid, keeping the caller's real uid", async () => {
    const r = await sh(
      "cp /usr/bin/id /usr/local/bin/id2; chmod u+s /usr/local/bin/id2; cp /usr/local/bin/id2 /tmp/id3; chmod u+s /tmp/id3;" +
        " su student -c '/usr/local/bin/id2 -u; /usr/local/bin/id2 -ru; /tmp/id3 -u'",
    );
    expect(r.all).toBe("0\n1000\n1000\n");
  });

  it("ships su and sudo set-user-ID root, as Debian does", async () => {
    const r = await sh("stat -c '%A %U' /usr/bin/su /usr/bin/sudo");
    expect(r.all).toBe("-rwsr-xr-x root\n-rwsr-xr-x root\n");
  });
});
