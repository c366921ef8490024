// The desktop around the page: the native open and save dialogs, showing a file in its folder,
// and the window's close request. With invoke.ts, the only modules that talk to Tauri.
import { getCurrentWindow } from "@tauri-apps/api/window";

export { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
export { revealItemInDir } from "@tauri-apps/plugin-opener";

/** Calls `handler` when the window is asked to close; resolves to the function that stops it. */
export const onCloseRequested = (handler: () => void | Promise<void>) => getCurrentWindow().onCloseRequested(handler);
