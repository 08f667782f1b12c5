// The host APIs that both a Web Worker and Node provide, and nothing more. kernel-sim/ may use
// only these (its tsconfig has no DOM and no Node types).

declare function setTimeout(fn: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function queueMicrotask(fn: () => void): void;

declare const performance: { now(): number; timeOrigin: number };
declare const crypto: { getRandomValues<T extends ArrayBufferView>(a: T): T };

declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(src: string, dest: Uint8Array): { read: number; written: number };
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class MessageChannel {
  port1: { onmessage: ((ev: unknown) => void) | null; postMessage(m: unknown): void; close(): void };
  port2: { onmessage: ((ev: unknown) => void) | null; postMessage(m: unknown): void; close(): void };
}
declare const console: { log(...a: unknown[]): void; error(...a: unknown[]): void; warn(...a: unknown[]): void };
