-- A counter that every change to the knowledge moves on, committed with the change. Replicas poll it (one row,
-- one index-free read) to know when to reload their in-memory snapshot.
create table knowledge_version (
    id      boolean primary key default true check (id),
    version bigint  not null default 0
);
insert into knowledge_version default values;

create function bump_knowledge_version() returns trigger language plpgsql as $$
begin
    update knowledge_version set version = version + 1;
    return null;
end;
$$;

create trigger region_moves_knowledge_version after insert or update or delete or truncate on region
    for each statement execute function bump_knowledge_version();
create trigger source_moves_knowledge_version after insert or update or delete or truncate on source
    for each statement execute function bump_knowledge_version();
create trigger fact_moves_knowledge_version after insert or update or delete or truncate on fact
    for each statement execute function bump_knowledge_version();
create trigger citation_moves_knowledge_version after insert or update or delete or truncate on citation
    for each statement execute function bump_knowledge_version();
