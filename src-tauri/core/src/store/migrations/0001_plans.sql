-- The plan library. A plan's content lives in plan_sections, one JSON document per wizard
-- section, so that an edit rewrites only the section being typed in.
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    company_name TEXT NOT NULL,
    plan_year INTEGER NOT NULL,
    language TEXT NOT NULL,
    previous_plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Set when the plan is deleted; the row stays until purged so the deletion can be undone.
    deleted_at TEXT
);

CREATE TABLE plan_sections (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (plan_id, section)
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
