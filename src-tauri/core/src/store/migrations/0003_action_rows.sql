-- A plan's actions are stored one row each, in the plan's order, so that typing in one action
-- rewrites that action alone: a plan of 1,000 actions kept them in one 600 KB document that
-- every keystroke in any action rewrote.
CREATE TABLE plan_actions (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (plan_id, action_id)
) WITHOUT ROWID;

INSERT INTO plan_actions (plan_id, action_id, position, body)
SELECT s.plan_id, json_extract(a.value, '$.id'), a.key, a.value
FROM plan_sections AS s, json_each(s.body) AS a
WHERE s.section = 'actions';

DELETE FROM plan_sections WHERE section = 'actions';
