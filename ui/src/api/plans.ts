// The plan library and the plan being edited.
import type { CsvDialect } from "../bindings/CsvDialect";
import type { ExportedAll } from "../bindings/ExportedAll";
import type { ImportReport } from "../bindings/ImportReport";
import type { Language } from "../bindings/Language";
import type { PdfChoices } from "../bindings/PdfChoices";
import type { PlanId } from "../bindings/PlanId";
import type { OpenedPlan } from "../bindings/OpenedPlan";
import type { PlanSection } from "../bindings/PlanSection";
import type { PlanSummary } from "../bindings/PlanSummary";
import type { RenewOptions } from "../bindings/RenewOptions";
import type { Report } from "../bindings/Report";
import type { ReviewStatus } from "../bindings/ReviewStatus";
import type { RuleInfo } from "../bindings/RuleInfo";
import type { Saved } from "../bindings/Saved";
import type { Trade } from "../bindings/Trade";
import type { PdfWritten } from "../bindings/PdfWritten";
import type { Written } from "../bindings/Written";
import type { YearOverYear } from "../bindings/YearOverYear";
import { call } from "./invoke";

export const listPlans = () => call<PlanSummary[]>("list_plans");
export const createPlan = (name: string, year: number, language: Language) =>
  call<PlanId>("create_plan", { name, year, language });
export const listTrades = (language: Language) => call<Trade[]>("list_trades", { language });
export const tradeHints = (trade: string, language: Language) =>
  call<Record<string, string>>("trade_hints", { trade, language });
export const createPlanFromTrade = (trade: string, name: string, year: number, language: Language) =>
  call<PlanId>("create_plan_from_trade", { trade, name, year, language });
export const getPlan = (id: PlanId) => call<OpenedPlan>("get_plan", { id });
export const saveSection = (id: PlanId, section: PlanSection, language: Language) =>
  call<Saved>("save_section", { id, section, language });
export const checkPlan = (id: PlanId, language: Language) => call<Report>("check_plan", { id, language });
export const listRules = () => call<RuleInfo[]>("list_rules");
export const renamePlan = (id: PlanId, name: string) => call<PlanSummary>("rename_plan", { id, name });
export const duplicatePlan = (id: PlanId, name: string) => call<PlanId>("duplicate_plan", { id, name });
export const deletePlan = (id: PlanId) => call<void>("delete_plan", { id });
export const restorePlan = (id: PlanId) => call<PlanSummary>("restore_plan", { id });
export const exportPlan = (id: PlanId, path: string) => call<Written>("export_plan", { id, path });
export const importPlan = (path: string) => call<ImportReport>("import_plan", { path });
export const exportAll = (folder: string) => call<ExportedAll>("export_all", { folder });
export const exportCsv = (id: PlanId, folder: string, dialect: CsvDialect) =>
  call<ExportedAll>("export_csv", { id, folder, dialect });
/** Writes a plan's calendar; with `reminders`, a recurring reminder for each KPI reading too. */
export const exportIcs = (id: PlanId, path: string, reminders: boolean) => call<Written>("export_ics", { id, path, reminders });
export const reviewStatus = (id: PlanId, options: RenewOptions) =>
  call<ReviewStatus>("review_status", { id, options });
export const renewPlan = (id: PlanId, year: number, options: RenewOptions) =>
  call<PlanId>("renew_plan", { id, year, options });
export const compareWithPrevious = (id: PlanId) => call<YearOverYear | null>("compare_with_previous", { id });
export const exportPdf = (id: PlanId, path: string, choices: PdfChoices) => call<PdfWritten>("export_pdf", { id, path, choices });
/** Writes a plan's progress report as of today, in `language`, at `path`. */
export const exportReport = (id: PlanId, path: string, language: Language) =>
  call<PdfWritten>("export_report", { id, path, language });
/** Opens the PDF just exported in the system's viewer (no other file can be opened). */
export const openExportedPdf = (path: string) => call<void>("open_exported_pdf", { path });
