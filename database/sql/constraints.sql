-- Constraints and indexes that Strapi's schema cannot declare. Applied on every start after
-- Strapi has synchronised its tables; every statement is idempotent.
--
-- Domain records reference each other through integer columns (institution_id, resource_id, ...)
-- rather than Strapi relations, because Strapi 5 keeps relations in link tables, where PostgreSQL
-- can enforce neither foreign keys on the record itself nor uniqueness across a record and its
-- relation (one active act per resource, serial numbers per institution and type).

CREATE TABLE IF NOT EXISTS rumis_counters (
  institution_id integer NOT NULL,
  kind text NOT NULL,
  value integer NOT NULL,
  PRIMARY KEY (institution_id, kind)
);

CREATE TABLE IF NOT EXISTS rumis_sessions (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL,
  profile_id integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS rumis_sessions_user_idx ON rumis_sessions (user_id);
CREATE INDEX IF NOT EXISTS rumis_sessions_profile_idx ON rumis_sessions (profile_id);

-- A resource has at most one active act, and an application at most one: the service sets
-- active_resource_id and active_application_id while an act is draft, prepared or issued and
-- clears them when it ends, so two concurrent allocations cannot both commit.
CREATE UNIQUE INDEX IF NOT EXISTS handover_acts_active_resource_uq
  ON handover_acts (active_resource_id) WHERE active_resource_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS handover_acts_active_application_uq
  ON handover_acts (active_application_id) WHERE active_application_id IS NOT NULL;

-- One active application per resource user, subtype and institution (active_key is set while
-- the application is submitted, postponed, or approved with an active act).
CREATE UNIQUE INDEX IF NOT EXISTS applications_active_key_uq
  ON applications (active_key) WHERE active_key IS NOT NULL;

CREATE UNIQUE INDEX IF NOT EXISTS resources_serial_uq
  ON resources (institution_id, type_id, lower(serial_number));
CREATE UNIQUE INDEX IF NOT EXISTS resources_inventory_uq
  ON resources (institution_id, lower(inventory_number));
CREATE UNIQUE INDEX IF NOT EXISTS resources_sequence_uq ON resources (institution_id, sequence);
CREATE UNIQUE INDEX IF NOT EXISTS applications_sequence_uq ON applications (institution_id, sequence);
CREATE UNIQUE INDEX IF NOT EXISTS handover_acts_sequence_uq ON handover_acts (institution_id, sequence);
CREATE UNIQUE INDEX IF NOT EXISTS subtype_settings_uq ON subtype_settings (institution_id, subtype_id);
CREATE UNIQUE INDEX IF NOT EXISTS code_list_entries_uq ON code_list_entries (list, code);

CREATE INDEX IF NOT EXISTS resources_institution_status_idx ON resources (institution_id, status);
CREATE INDEX IF NOT EXISTS resources_subtype_idx ON resources (subtype_id);
CREATE INDEX IF NOT EXISTS applications_institution_status_idx ON applications (institution_id, status, submitted_at);
CREATE INDEX IF NOT EXISTS applications_user_code_idx ON applications (user_personal_code);
CREATE INDEX IF NOT EXISTS handover_acts_institution_status_idx ON handover_acts (institution_id, status);
CREATE INDEX IF NOT EXISTS handover_acts_application_idx ON handover_acts (application_id);
CREATE INDEX IF NOT EXISTS handover_acts_resource_idx ON handover_acts (resource_id);
CREATE INDEX IF NOT EXISTS institutions_supervisor_idx ON institutions (supervisor_id);
CREATE INDEX IF NOT EXISTS institution_contacts_institution_idx ON institution_contacts (institution_id);
CREATE INDEX IF NOT EXISTS profiles_user_idx ON profiles (user_id);
CREATE INDEX IF NOT EXISTS resource_status_changes_resource_idx ON resource_status_changes (resource_id);
CREATE INDEX IF NOT EXISTS application_status_changes_application_idx ON application_status_changes (application_id);
CREATE INDEX IF NOT EXISTS handover_act_status_changes_act_idx ON handover_act_status_changes (handover_act_id);

-- Foreign keys on the integer reference columns. PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS,
-- so each one is added only when pg_constraint does not list it yet.
DO $$
DECLARE
  fk record;
BEGIN
  FOR fk IN
    SELECT * FROM (VALUES
      ('institutions_supervisor_fk', 'institutions', 'supervisor_id', 'supervisors'),
      ('institution_contacts_institution_fk', 'institution_contacts', 'institution_id', 'institutions'),
      ('subtype_settings_institution_fk', 'subtype_settings', 'institution_id', 'institutions'),
      ('subtype_settings_subtype_fk', 'subtype_settings', 'subtype_id', 'resource_subtypes'),
      ('resources_institution_fk', 'resources', 'institution_id', 'institutions'),
      ('resources_type_fk', 'resources', 'type_id', 'resource_types'),
      ('resources_subtype_fk', 'resources', 'subtype_id', 'resource_subtypes'),
      ('resource_status_changes_resource_fk', 'resource_status_changes', 'resource_id', 'resources'),
      ('applications_institution_fk', 'applications', 'institution_id', 'institutions'),
      ('applications_subtype_fk', 'applications', 'subtype_id', 'resource_subtypes'),
      ('application_status_changes_application_fk', 'application_status_changes', 'application_id', 'applications'),
      ('handover_acts_institution_fk', 'handover_acts', 'institution_id', 'institutions'),
      ('handover_acts_application_fk', 'handover_acts', 'application_id', 'applications'),
      ('handover_acts_resource_fk', 'handover_acts', 'resource_id', 'resources'),
      ('handover_act_status_changes_act_fk', 'handover_act_status_changes', 'handover_act_id', 'handover_acts'),
      ('profiles_user_fk', 'profiles', 'user_id', 'up_users'),
      ('profiles_supervisor_fk', 'profiles', 'supervisor_id', 'supervisors'),
      ('profiles_institution_fk', 'profiles', 'institution_id', 'institutions')
    ) AS t(name, tbl, col, ref)
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = fk.name) THEN
      EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES %I (id)', fk.tbl, fk.name, fk.col, fk.ref);
    END IF;
  END LOOP;
END $$;

-- A profile has either the administrator role alone or any set of daily roles, never both:
-- Cabinet of Ministers regulation No. 442 forbids combining them. The services reject such a
-- profile with a message; this check also stops writes that bypass them (Strapi's admin UI).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'profiles_admin_alone_chk') THEN
    ALTER TABLE profiles ADD CONSTRAINT profiles_admin_alone_chk
      CHECK (NOT (roles @> '["admin"]'::jsonb AND jsonb_array_length(roles) > 1));
  END IF;
END $$;

-- OpenID Connect logins in progress. The browser's short-lived cookie contains only a random
-- attempt id, whose SHA-256 hash is id_hash. The PKCE code verifier, state and nonce stay here
-- until the callback deletes the row, so each attempt can complete at most once. Rows past
-- expires_at are ignored, and the next login start deletes them.
CREATE TABLE IF NOT EXISTS rumis_login_attempts (
  id_hash text PRIMARY KEY,
  code_verifier text NOT NULL,
  state text NOT NULL,
  nonce text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS rumis_login_attempts_expires_idx ON rumis_login_attempts (expires_at);

-- Login finds the user by the personal code the identity provider asserts, so a code belongs to
-- one user at most (Strapi's own "unique" on the attribute is checked only by its services).
CREATE UNIQUE INDEX IF NOT EXISTS up_users_personal_code_uq ON up_users (personal_code) WHERE personal_code IS NOT NULL;
