// Output that leaves the machine: the write end of a pipe whose reader is the host (the CLI's
// stdout, a test's buffer). Like `sh script >out 2>&1` on a real box, the script sees a FIFO on
// fds 1 and 2 (not a terminal, so stdio buffers fully). Each write reaches the host at once and in
// order, so stdout and stderr merged into one stream keep the order they were written in.

import { File, type FileOperations } from "../kernel/vfs/file.ts";
import { O_WRONLY } from "../uapi/fcntl.ts";
import { S_IFIFO, type Stat } from "../uapi/stat.ts";
import { POLLOUT } from "../userland/lib/sys.ts";

interface HostPipe {
  ino: number;
  sink: (bytes: Uint8Array) => void;
}

const ops: FileOperations = {
  write: (f, data) => {
    (f.priv as HostPipe).sink(data.slice());
    return data.length;
  },
  poll: () => POLLOUT,
  fstat: (f): Stat => ({
    dev: 0x0c,
    ino: (f.priv as HostPipe).ino,
    mode: S_IFIFO | 0o600,
    nlink: 1,
    uid: 0,
    gid: 0,
    rdev: 0,
    size: 0,
    blksize: 4096,
    blocks: 0,
    atimeNs: 0n,
    mtimeNs: 0n,
    ctimeNs: 0n,
    birthtimeNs: 0n,
  }),
};

export function hostPipe(ino: number, sink: (bytes: Uint8Array) => void): File {
  return new File(ops, O_WRONLY, { ino, sink } satisfies HostPipe, `pipe:[${ino}]`);
}
