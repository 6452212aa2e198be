-- Whether the citizen's domicile is the one the digital identity asserted at the last login
-- (SPID "domicilio fisico", the OpenID Connect address claim): then the citizen cannot edit it.
ALTER TABLE citizen ADD COLUMN domicile_from_identity BOOLEAN DEFAULT FALSE NOT NULL;
