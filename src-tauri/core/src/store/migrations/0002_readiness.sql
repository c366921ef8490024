-- The checklist's readiness score (0-100) as of the plan's last change, shown in the library
-- without evaluating every plan. NULL until the plan is next saved or the library re-scores it.
ALTER TABLE plans ADD COLUMN readiness INTEGER;
