// The app itself: version, data folder, interface language.
import type { AppInfo } from "../bindings/AppInfo";
import type { BackupInfo } from "../bindings/BackupInfo";
import type { Restored } from "../bindings/Restored";
import type { Language } from "../bindings/Language";
import { call } from "./invoke";

export const appInfo = () => call<AppInfo>("app_info");
/** Today as "YYYY-MM-DD", from the core's clock. */
export const appToday = () => call<string>("app_today");
export const setLanguage = (language: Language) => call<void>("set_language", { language });
export const listBackups = () => call<BackupInfo[]>("list_backups");
export const backupNow = () => call<string>("backup_now");
export const restoreBackup = (path: string) => call<Restored>("restore_backup", { path });
