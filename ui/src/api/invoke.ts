// The one wrapper around Tauri's invoke: every failure becomes an AppError with a kind the UI can
// act on and a message it can show.
import { invoke } from "@tauri-apps/api/core";
import type { ErrorKind } from "../bindings/ErrorKind";
import type { ErrorPayload } from "../bindings/ErrorPayload";
import type { IoCause } from "../bindings/IoCause";

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly field: string | null;
  readonly cause: IoCause | null;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.kind = payload.kind;
    this.field = payload.field;
    this.cause = payload.cause;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "kind" in value && "message" in value;
}

/** Calls a Rust command; rejects with an AppError. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isPayload(e)) throw new AppError(e);
    // Tauri's own refusals (a malformed argument, an unknown command) arrive as strings: the page
    // sent what Rust does not take, a fault of Boussole, not of the owner's input.
    throw new AppError({ kind: "internal", message: String(e), field: null, cause: null });
  }
}
