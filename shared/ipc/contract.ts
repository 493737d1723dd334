/**
 * The one IPC contract between the page (through the preload bridge) and the main process.
 *
 * - `invokeContract`: channels the page may invoke (renderer → main, request/response). Each has a
 *   zod schema for its request, which the main process applies to every message before anything
 *   runs, and a schema for its result, which types the preload and documents the answer.
 * - `eventContract`: messages the main process sends to the page (main → renderer).
 * - `SlotboardBridge`: the object the preload exposes to the page as `slotboard`.
 *
 * Pure TypeScript: no Node, no DOM, no Electron (so no `URL` either: main re-checks links with it).
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Limits: large enough for real work, small enough that a runaway page cannot exhaust the main
// process.
// ---------------------------------------------------------------------------------------------

/** A saved file (CSV export, PDF, backup). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** The HTML of one printed document (an insertion order with its images inlined). */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;
/** One secret (an API token, a password). */
export const MAX_SECRET_CHARS = 16 * 1024;

// ---------------------------------------------------------------------------------------------
// Menu commands (main → renderer)
// ---------------------------------------------------------------------------------------------

export const MENU_COMMANDS = [
  'undo',
  'redo',
  'new-booking',
  'open-settings',
  'about',
  'go-calendar',
  'go-campaigns',
  'go-bookings',
  'go-inventory',
  'go-advertisers',
] as const;
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

// ---------------------------------------------------------------------------------------------
// Request and result schemas
// ---------------------------------------------------------------------------------------------

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** `darwin`, `win32`, `linux`… in the desktop app; `web` in a plain browser. */
  platform: z.string(),
  /** BCP 47 tag of the user interface language, e.g. `fr-FR`. */
  locale: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const fileFilterSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Extensions without the dot (`csv`, `pdf`), or `*` for any file. */
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9][A-Za-z0-9.]{0,15})$/, { error: 'must look like "csv" (no dot)' }),
    )
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A file name without any directory part or control character (the save dialog checks the rest). */
function isPlainFileName(name: string): boolean {
  return (
    !/[\\/]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 32) && name !== '.' && name !== '..'
  );
}

export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(isPlainFileName, { error: 'must be a file name, not a path' });

/** Bytes, whatever buffer they sit on (`z.instanceof` would narrow them to `ArrayBuffer`). */
export const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  error: 'expected bytes (Uint8Array)',
});

const fileDataSchema = z.union(
  [
    z.string().max(MAX_FILE_BYTES, { error: 'is too large' }),
    bytesSchema.refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, { error: 'is too large' }),
  ],
  { error: 'must be text or bytes (Uint8Array)' },
);

export const saveFileRequestSchema = z.strictObject({
  suggestedName: suggestedNameSchema,
  filters: z.array(fileFilterSchema).max(20).optional(),
  data: fileDataSchema,
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.object({
  /** False when the user cancelled the dialog. */
  saved: z.boolean(),
  /** Where the file was written (desktop only; a browser does not tell). */
  path: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/** The most files one `file:save-to-folder` call may write. */
export const MAX_FOLDER_FILES = 500;

export const folderFileSchema = z.strictObject({
  /**
   * The name wished for. The main process makes it a safe, unique file name before writing
   * (`sanitizeFileName`, `uniqueFileNames` in file-names.ts): separators, `..`, reserved and
   * control characters never reach the disk.
   */
  name: z.string().min(1).max(1000),
  data: fileDataSchema,
});
export type SaveToFolderFile = z.input<typeof folderFileSchema>;

function dataSize(data: string | Uint8Array): number {
  return typeof data === 'string' ? data.length : data.byteLength;
}

export const saveToFolderRequestSchema = z.strictObject({
  files: z
    .array(folderFileSchema)
    .min(1)
    .max(MAX_FOLDER_FILES)
    .refine((files) => files.reduce((sum, file) => sum + dataSize(file.data), 0) <= MAX_FILE_BYTES, {
      error: 'are too large together',
    }),
});
export type SaveToFolderRequest = z.input<typeof saveToFolderRequestSchema>;

export const saveToFolderResultSchema = z.object({
  /** False when the user cancelled the dialog (nothing written). */
  saved: z.boolean(),
  /** The folder chosen (desktop only). */
  folder: z.string().optional(),
  /** How many files were written. */
  written: z.number().int().min(0),
  /** The names written, in the order given: sanitised, and suffixed ` (2)`… where needed. */
  names: z.array(z.string()).optional(),
});
export type SaveToFolderResult = z.infer<typeof saveToFolderResultSchema>;

/** http(s) only. Checked again in the main process with a real URL parser before opening. */
export const webUrlSchema = z
  .string()
  .max(4096)
  .regex(/^https?:\/\/[^\s/?#]+(?:[/?#][^\r\n]*)?$/i, { error: 'must be an http(s) address' });

export const openLinkRequestSchema = z.strictObject({ url: webUrlSchema });

export const secretKeySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
  error: 'must be 1–128 letters, digits or . _ : - (starting with a letter or digit)',
});

/**
 * A secret was stored or read, but not as safely as the user would assume:
 * - `weak_encryption`: Linux without a keyring (safeStorage backend `basic_text`), so the
 *   encryption key is a hard-coded password; anyone who can read the user's files can read it.
 * - `memory_only`: the browser adapter keeps secrets in memory; they are gone on reload.
 */
export const secretWarningSchema = z.enum(['weak_encryption', 'memory_only']);
export type SecretWarning = z.infer<typeof secretWarningSchema>;

export const secretGetRequestSchema = z.strictObject({ key: secretKeySchema });
export const secretSetRequestSchema = z.strictObject({
  key: secretKeySchema,
  value: z.string().max(MAX_SECRET_CHARS, { error: 'is too long' }),
});
export const secretDeleteRequestSchema = z.strictObject({ key: secretKeySchema });

export const secretGetResultSchema = z.object({
  /** Null when nothing is stored under this key. */
  value: z.string().nullable(),
  warning: secretWarningSchema.optional(),
});
export type SecretGetResult = z.infer<typeof secretGetResultSchema>;
export const secretSetResultSchema = z.object({ warning: secretWarningSchema.optional() });
export type SecretSetResult = z.infer<typeof secretSetResultSchema>;
export const secretDeleteResultSchema = z.object({ deleted: z.boolean() });
export type SecretDeleteResult = z.infer<typeof secretDeleteResultSchema>;

const inches = z.number().min(0).max(10);

/** A subset of Electron's `PrintToPDFOptions` (lengths in inches); Playwright's `page.pdf()` has the same. */
export const pdfOptionsSchema = z.strictObject({
  landscape: z.boolean().optional(),
  pageSize: z
    .union([
      z.enum(['A3', 'A4', 'A5', 'Letter', 'Legal', 'Tabloid']),
      z.strictObject({ width: z.number().positive().max(100), height: z.number().positive().max(100) }),
    ])
    .optional(),
  margins: z
    .strictObject({
      top: inches.optional(),
      bottom: inches.optional(),
      left: inches.optional(),
      right: inches.optional(),
    })
    .optional(),
  printBackground: z.boolean().optional(),
  scale: z.number().min(0.1).max(2).optional(),
  /** e.g. `1-3, 5`. */
  pageRanges: z
    .string()
    .max(200)
    .regex(/^[\d\s,-]*$/, { error: 'must look like "1-3, 5"' })
    .optional(),
  displayHeaderFooter: z.boolean().optional(),
  headerTemplate: z.string().max(100_000).optional(),
  footerTemplate: z.string().max(100_000).optional(),
  preferCSSPageSize: z.boolean().optional(),
  generateTaggedPDF: z.boolean().optional(),
  generateDocumentOutline: z.boolean().optional(),
});
export type PdfOptions = z.infer<typeof pdfOptionsSchema>;

export const printPdfRequestSchema = z.strictObject({
  /** A complete, self-contained document: printed with scripts off and no network (data: images only). */
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS, { error: 'is too large' }),
  options: pdfOptionsSchema.default({}),
});

// ---------------------------------------------------------------------------------------------
// The contract
// ---------------------------------------------------------------------------------------------

interface ChannelSpec {
  readonly request: z.ZodType;
  readonly result: z.ZodType;
}

export const invokeContract = {
  'app:info': { request: z.undefined(), result: appInfoSchema },
  'file:save': { request: saveFileRequestSchema, result: saveFileResultSchema },
  'file:save-to-folder': { request: saveToFolderRequestSchema, result: saveToFolderResultSchema },
  'link:open': { request: openLinkRequestSchema, result: z.void() },
  'secret:get': { request: secretGetRequestSchema, result: secretGetResultSchema },
  'secret:set': { request: secretSetRequestSchema, result: secretSetResultSchema },
  'secret:delete': { request: secretDeleteRequestSchema, result: secretDeleteResultSchema },
  'pdf:print': { request: printPdfRequestSchema, result: bytesSchema },
} as const satisfies Record<string, ChannelSpec>;

export const eventContract = {
  'menu:command': menuCommandSchema,
} as const satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof invokeContract;
export type EventChannel = keyof typeof eventContract;

export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(eventContract) as EventChannel[];

/** What the page sends (before defaults are applied). */
export type IpcRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
/** What the main process handler receives (validated, defaults applied). */
export type IpcParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['request']>;
/** The argument list of `ipcRenderer.invoke(channel, ...args)`. */
export type IpcArgs<C extends InvokeChannel> = undefined extends IpcRequest<C> ? [] : [IpcRequest<C>];
export type IpcResult<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['result']>;
export type EventPayload<C extends EventChannel> = z.output<(typeof eventContract)[C]>;

// ---------------------------------------------------------------------------------------------
// Errors: Electron passes only an error's message across IPC, so it carries a stable code first,
// `[code] human-readable detail`, which the host adapter turns back into a code the UI can
// translate.
// ---------------------------------------------------------------------------------------------

export const IPC_ERROR_CODES = [
  'forbidden_sender',
  'invalid_arguments',
  'link_refused',
  'secret_storage_unavailable',
  'secret_unreadable',
  'pdf_failed',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export function formatIpcError(code: IpcErrorCode, detail: string): string {
  return `[${code}] ${detail}`;
}

/** Reads `[code] detail` out of an error message, wherever Electron put it in its own wrapper. */
export function parseIpcError(message: string): { code: IpcErrorCode; detail: string } {
  const match = /\[([a-z_]+)\] ([\s\S]*)$/.exec(message);
  const code = match?.[1] as IpcErrorCode | undefined;
  if (match && code && (IPC_ERROR_CODES as readonly string[]).includes(code)) {
    return { code, detail: match[2] ?? '' };
  }
  return { code: 'internal', detail: message };
}

// ---------------------------------------------------------------------------------------------
// The bridge the preload exposes to the page as `slotboard`
// ---------------------------------------------------------------------------------------------

export interface SlotboardBridge {
  appInfo(): Promise<AppInfo>;
  /** Shows the native save dialog, then writes `data` where the user chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks for a folder with the native dialog (it may create one), then writes every file into it. */
  saveFilesToFolder(request: SaveToFolderRequest): Promise<SaveToFolderResult>;
  /** Opens an http(s) address in the user's browser. */
  openLink(url: string): Promise<void>;
  getSecret(key: string): Promise<SecretGetResult>;
  setSecret(key: string, value: string): Promise<SecretSetResult>;
  deleteSecret(key: string): Promise<SecretDeleteResult>;
  /** Prints a self-contained HTML document to PDF with Chromium. */
  printPdf(html: string, options?: PdfOptions): Promise<Uint8Array>;
  /** Calls `listener` for each native menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
