// The machine's disk, for the worker: the host's root filesystem image (kernel-sim/host/
// root_image.ts) as bytes and back. The worker never touches tmpfs inodes: a snapshot comes
// from the host, and a saved disk is handed to Host.boot as BootOptions.rootImage, so the
// machine boots from it instead of laying out a fresh disk (no fresh tree to swap, no dentry
// to rebind).

import { Host, type BootOptions, type DiskImage, type RootImageReport } from "../kernel-sim/host/index.ts";
import { DISK_SCHEMA, decodeDisk, encodeDisk } from "./disk_format.ts";

/** Walk the root filesystem into a DiskImage (its file bytes are views: encode it at once). */
export function snapshotDisk(host: Host, now = Date.now()): DiskImage {
  return host.snapshotRoot(DISK_SCHEMA, now);
}

/** The root filesystem as bytes, ready for IndexedDB or a download. */
export function serializeDisk(host: Host): Uint8Array {
  return encodeDisk(snapshotDisk(host));
}

/** A summary that changes whenever the disk does: the saver skips an unchanged disk. */
export function diskFingerprint(host: Host): string {
  return host.rootFingerprint();
}

/**
 * Boot a machine from saved bytes. Throws DiskFormatError when they cannot be decoded and
 * RootImageError when the image does not fit the machine.
 */
export async function bootFromDisk(bytes: Uint8Array, boot: BootOptions = {}): Promise<{ host: Host; report: RootImageReport }> {
  const host = await Host.boot({ ...boot, rootImage: decodeDisk(bytes) });
  return { host, report: host.rootImage! };
}
