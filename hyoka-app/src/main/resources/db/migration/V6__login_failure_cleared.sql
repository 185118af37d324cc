-- A successful sign-in clears the user name's failures without forgetting them for the address:
-- the row stays (counted per address) and is marked cleared (no longer counted per user name).
ALTER TABLE login_failure ADD COLUMN cleared BOOLEAN NOT NULL DEFAULT FALSE;
