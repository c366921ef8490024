// Today's date for the page, from the core's one clock (which tests set with BOUSSOLE_TODAY): the
// page never reads its own clock. Set at start from the app's information and again whenever the
// window comes back to the front, so a window left open overnight moves on to the new day.
import { appToday } from "../api/app";

export const clock = $state({ today: "" });

/** Asks the core for today's date again. */
export async function refreshToday(): Promise<void> {
  clock.today = await appToday();
}
