/**
 * Registers one `ipcMain.handle` per channel of the contract. Before a handler runs, every
 * message must come from a frame on the app's own origin and carry arguments its schema accepts;
 * anything else is logged and rejected with a `[code] detail` error, and the handler never runs.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  eventContract,
  formatIpcError,
  INVOKE_CHANNELS,
  invokeContract,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type IpcParsedRequest,
  type IpcResult,
} from '@shared/ipc/contract.ts';
import type { OriginCheck } from './origin.ts';

export type IpcHandlers = {
  [C in InvokeChannel]: (
    request: IpcParsedRequest<C>,
    event: IpcMainInvokeEvent,
  ) => IpcResult<C> | Promise<IpcResult<C>>;
};

export interface IpcLogger {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

const CODED = /^\[[a-z_]+\] /;

/** `url: must be an http(s) address; options.scale: Too big: expected number to be <=2` */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'argument'}: ${issue.message}`)
    .join('; ');
}

/** Checks one message; returns the parsed request or throws the error the page will see. */
export function validateMessage<C extends InvokeChannel>(
  channel: C,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  args: unknown[],
  isTrusted: OriginCheck,
  log: IpcLogger = console,
): IpcParsedRequest<C> {
  const senderUrl = event.senderFrame?.url ?? '';
  if (!senderUrl || !isTrusted(senderUrl)) {
    const who = senderUrl ? JSON.stringify(senderUrl.slice(0, 200)) : '(frame gone)';
    log.warn(`[ipc] dropped ${channel} from untrusted sender ${who}`);
    throw new Error(
      formatIpcError('forbidden_sender', `${channel} may only be called by the app's own pages`),
    );
  }
  if (args.length > 1) {
    log.warn(`[ipc] rejected ${channel}: ${args.length} arguments`);
    throw new Error(
      formatIpcError('invalid_arguments', `${channel} takes at most one argument, got ${args.length}`),
    );
  }
  const parsed = invokeContract[channel].request.safeParse(args[0]);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    log.warn(`[ipc] rejected ${channel}: ${detail}`);
    throw new Error(formatIpcError('invalid_arguments', `${channel}: ${detail}`));
  }
  return parsed.data as IpcParsedRequest<C>;
}

export function registerIpc(
  ipcMain: IpcMain,
  handlers: IpcHandlers,
  isTrusted: OriginCheck,
  log: IpcLogger = console,
): void {
  for (const channel of INVOKE_CHANNELS) {
    const handler = handlers[channel] as (request: unknown, event: IpcMainInvokeEvent) => unknown;
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const request = validateMessage(channel, event, args, isTrusted, log);
      try {
        return await handler(request, event);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (CODED.test(message)) throw error;
        log.error(`[ipc] ${channel} failed`, error);
        throw new Error(formatIpcError('internal', `${channel} failed: ${message}`), { cause: error });
      }
    });
  }
}

/** Main → page message, checked against the contract before it leaves. */
export function sendToPage<C extends EventChannel>(
  contents: Pick<WebContents, 'send'>,
  channel: C,
  payload: EventPayload<C>,
): void {
  contents.send(channel, eventContract[channel].parse(payload));
}
