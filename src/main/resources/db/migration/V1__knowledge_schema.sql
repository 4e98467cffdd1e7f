-- The system of record for the knowledge. Reads are served from an in-memory snapshot of these tables.

-- Administrative divisions (GB/T 2260): nation -> province -> prefecture -> county.
create table region (
    code         varchar(6)  primary key check (code ~ '^[0-9]{6}$'),
    parent_code  varchar(6)  references region (code),
    level        varchar(16) not null check (level in ('NATION', 'PROVINCE', 'PREFECTURE', 'COUNTY')),
    name         text        not null,
    short_name   text        not null,
    abbreviation text,
    aliases      text[]      not null default '{}'
);
create index region_parent_idx on region (parent_code);

-- The documents that facts cite.
create table source (
    id           text primary key,
    title        text not null,
    publisher    text,
    published_on date,
    reliability  text
);

-- One policy fact of one region. The fields common to every kind are columns; the fields of its kind
-- (materials, steps, channels, thresholds...) are in `details`, validated by the loader.
create table fact (
    id            text        primary key,
    region_code   varchar(6)  not null references region (code),
    type          varchar(32) not null,
    position      integer     not null default 0,  -- the curator's order within the region's file
    title         text        not null,
    description   text,
    applies_from  date,
    applies_until date,
    disputed      boolean     not null default false,
    dispute_note  text,
    caveat        text,
    details       jsonb       not null default '{}',
    -- BUNDLE: shipped with the application; EDITORIAL: written by curators at run time.
    origin        varchar(16) not null default 'BUNDLE' check (origin in ('BUNDLE', 'EDITORIAL')),
    -- A bundle fact that a later bundle no longer contains is retired, never deleted: history is kept.
    retired       boolean     not null default false,
    updated_at    timestamptz not null default now(),
    check (applies_from is null or applies_until is null or applies_from <= applies_until),
    check (not disputed or dispute_note is not null)
);
create index fact_region_type_idx on fact (region_code, type);

create table citation (
    fact_id   text    not null references fact (id) on delete cascade,
    position  integer not null,
    source_id text    not null references source (id),
    quote     text,
    primary key (fact_id, position)
);

-- Every bundle version applied, newest last: a bundle is applied when it differs from the newest one, so a
-- new version is applied once and a rolled-back deployment brings its own version back.
create table knowledge_bundle (
    id         bigint      generated always as identity primary key,
    checksum   text        not null,
    label      text,
    fact_count integer     not null,
    applied_at timestamptz not null default now()
);
