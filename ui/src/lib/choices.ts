// The closed lists of choices, in the order the forms offer them (the generated types only say
// which values exist).
import type { ActionStatus } from "../bindings/ActionStatus";
import type { Channel } from "../bindings/Channel";
import type { Frequency } from "../bindings/Frequency";
import type { Lever } from "../bindings/Lever";
import type { PriceLevel } from "../bindings/PriceLevel";

export const LEVERS: readonly Lever[] = ["product", "price", "place", "promotion", "people", "process", "physicalEvidence"];

export const CHANNELS: readonly Channel[] = [
  "website",
  "seo",
  "searchAds",
  "socialMedia",
  "socialAds",
  "email",
  "events",
  "print",
  "pressRelations",
  "partnerships",
  "directSales",
  "inStore",
  "referral",
  "other",
];

export const STATUSES: readonly ActionStatus[] = ["planned", "inProgress", "done", "cancelled"];

export const PRICE_LEVELS: readonly PriceLevel[] = ["budget", "mid", "premium", "luxury"];

export const FREQUENCIES: readonly Frequency[] = ["weekly", "monthly", "quarterly", "yearly"];
