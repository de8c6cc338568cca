-- The call recording archive (issue 7): one row per archived recording, filled when the
-- switchboard finishes it (or, after a crash, when the next start repairs it).
create table recording (
    id             varchar(100) primary key,
    contact_id     varchar(64)  not null,
    started_at     timestamp with time zone not null,
    duration_ms    bigint       not null,
    office_code    varchar(40),
    queue_code     varchar(60),
    consultant     varchar(64),
    caller         varchar(64),
    topic          varchar(200),
    outcome        varchar(40),
    -- stretches held silent at the consultant's request: fromMs-toMs,fromMs-toMs
    pauses         varchar(2000) not null,
    -- the process died during the call; the file holds the call up to the crash
    interrupted    boolean      not null,
    storage_key    varchar(300) not null,
    sha256         char(64)     not null,
    archived_at    timestamp with time zone not null,
    legal_hold     boolean      not null default false,
    deleted_at     timestamp with time zone,
    deleted_reason varchar(200)
);

create index recording_office_time on recording (office_code, started_at);
create index recording_caller on recording (caller);
create index recording_consultant on recording (consultant, started_at);
create index recording_contact on recording (contact_id);

-- Each finished recording's SHA-256 linked to the previous entry: hash = sha256(sequence|id|sha256|previous)
create table recording_chain (
    sequence      bigint       primary key,
    recording_id  varchar(100) not null unique,
    sha256        char(64)     not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null
);

-- How long an office keeps its recordings; offices without a row keep them until deleted by hand
create table recording_retention (
    office_code varchar(16) primary key references office (code) on delete cascade,
    days        integer     not null check (days > 0)
);
