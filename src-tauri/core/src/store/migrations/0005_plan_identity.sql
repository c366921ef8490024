-- Each plan gets its identity across machines and files (`uid`, a random UUID, version 4) and
-- keeps the identity of the plan it renews (`previous_uid`), which stays meaningful when the
-- previous plan is in another library. Existing plans get a new random identity here.
ALTER TABLE plans ADD COLUMN uid TEXT;
ALTER TABLE plans ADD COLUMN previous_uid TEXT;

UPDATE plans SET uid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
    lower(hex(randomblob(6)));

UPDATE plans SET previous_uid =
    (SELECT p.uid FROM plans AS p WHERE p.id = plans.previous_plan_id)
WHERE previous_plan_id IS NOT NULL;

CREATE UNIQUE INDEX plans_uid ON plans (uid);
