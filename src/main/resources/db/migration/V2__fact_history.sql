-- Old versions of facts are kept, never overwritten: every change to a fact first copies the version it
-- replaces, with the citations it had, into fact_history.
create table fact_history (
    fact_id       text        not null,
    region_code   varchar(6)  not null,
    type          varchar(32) not null,
    title         text        not null,
    description   text,
    applies_from  date,
    applies_until date,
    disputed      boolean     not null,
    dispute_note  text,
    caveat        text,
    details       jsonb       not null,
    origin        varchar(16) not null,
    retired       boolean     not null,
    citations     jsonb       not null,
    valid_from    timestamptz not null,
    replaced_at   timestamptz not null default now()
);
create index fact_history_fact_idx on fact_history (fact_id);

create function keep_fact_history() returns trigger language plpgsql as $$
begin
    insert into fact_history (fact_id, region_code, type, title, description, applies_from, applies_until,
                              disputed, dispute_note, caveat, details, origin, retired, citations, valid_from)
    values (old.id, old.region_code, old.type, old.title, old.description, old.applies_from, old.applies_until,
            old.disputed, old.dispute_note, old.caveat, old.details, old.origin, old.retired,
            coalesce((select jsonb_agg(jsonb_build_object('source', source_id, 'quote', quote) order by position)
                      from citation where fact_id = old.id), '[]'::jsonb),
            old.updated_at);
    return coalesce(new, old);
end;
$$;

create trigger fact_history_on_change
    before update or delete on fact
    for each row execute function keep_fact_history();
