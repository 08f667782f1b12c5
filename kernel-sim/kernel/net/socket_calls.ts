// Socket system calls (filled in with the TCP/UDP/unix code).

import type { Task } from "../task/task.ts";

type Handler = (task: Task, ...args: never[]) => unknown;

export const socketCalls: { sync: Record<string, Handler>; async: Record<string, Handler> } = { sync: {}, async: {} };
