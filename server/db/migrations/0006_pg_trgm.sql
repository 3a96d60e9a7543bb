-- Trigram indexes behind the diacritic-insensitive searches (ADR 013). pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it; PGlite loads it at open.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
