-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- User names are compared in one canonical form (org.hyoka.accounts.UserNames: NFKC, no white space
-- at the ends, lower case) by sign-in, the sign-in throttle and account creation alike. Names stored
-- before were already ASCII without white space, so folding their case makes them canonical.
-- Two accounts whose names differ only in case stop this migration on the unique constraint: rename
-- one of them (UPDATE app_user SET username = '...' WHERE id = ...) and start Hyoka again.
UPDATE app_user SET username = LOWER(username) WHERE username <> LOWER(username);
-- Sessions of a renamed account would keep acting under the old spelling; they sign in again.
DELETE FROM spring_session WHERE principal_name <> LOWER(principal_name);
UPDATE login_failure SET username = LOWER(username) WHERE username <> LOWER(username);
