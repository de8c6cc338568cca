-- IVR flows: every published version of every flow, kept as the YAML an administrator wrote.
-- The highest number is in force for new calls; older ones stay for the history and for restoring.
-- Offices' own prompt recordings are files under the data folder, not rows here.
create table ivr_flow_version (
    flow         varchar(64)  not null,
    number       integer      not null,
    yaml         text         not null,
    published_by varchar(64)  not null,
    published_at timestamp with time zone not null,
    note         varchar(500),
    primary key (flow, number)
);
