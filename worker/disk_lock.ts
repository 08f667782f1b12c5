// One tab owns the saved disk. Two tabs saving the same IndexedDB disk would each overwrite the
// other's files, so the first tab takes the Web Lock "vlab-disk" for as long as it lives and
// only the holder saves; a second tab boots from the same saved disk but keeps its changes in
// memory and says so. The lock is released by the browser when the owning tab closes.

export interface DiskLock {
  /** Try to own the disk; true if this tab now holds it. Never waits for another tab. */
  acquire(): Promise<boolean>;
  /** After acquire() said no: call free() once the owning tab has gone (this tab then holds it). */
  whenFree(free: () => void): void;
}

/** The lock manager as workers and windows have it (navigator.locks). */
interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void>): Promise<void>;
  request(name: string, callback: (lock: unknown) => Promise<void>): Promise<void>;
}

export const LOCK_NAME = "vlab-disk";

export function webLock(locks: LockManagerLike | undefined, name = LOCK_NAME): DiskLock {
  return {
    acquire() {
      // No Web Locks (an old browser): own the disk, as a single tab would.
      if (!locks) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        locks
          .request(name, { ifAvailable: true }, (lock) => {
            resolve(lock !== null);
            // Hold it until the tab goes away.
            return lock === null ? Promise.resolve() : new Promise<void>(() => {});
          })
          .catch(() => resolve(true));
      });
    },
    whenFree(free) {
      if (!locks) return;
      locks
        .request(name, () => {
          free();
          return new Promise<void>(() => {});
        })
        .catch(() => undefined);
    },
  };
}

/** Tests and the CLI: always the owner. */
export const soleOwner: DiskLock = { acquire: () => Promise.resolve(true), whenFree: () => {} };
