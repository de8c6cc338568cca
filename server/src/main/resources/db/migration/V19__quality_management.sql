-- Quality management of consultants' calls (issue 7): each office's evaluation forms and the
-- supervisors' evaluations of recorded calls.

-- One version of a form. A version is never changed once saved: editing saves version + 1, and an
-- evaluation points at the version it was scored on. Retiring hides every version from new scoring.
create table quality_form (
    id          varchar(36)  primary key,
    office_code varchar(16)  not null references office (code),
    name        varchar(120) not null,
    version     integer      not null check (version > 0),
    created_at  timestamp with time zone not null,
    created_by  varchar(64)  not null,
    retired     boolean      not null default false,
    unique (office_code, name, version)
);

create table quality_criterion (
    form_id     varchar(36)  not null references quality_form (id),
    position    integer      not null,
    name        varchar(120) not null,
    description varchar(500),
    weight      integer      not null check (weight between 1 and 100),
    primary key (form_id, position)
);

-- The call's office, queue, consultant and start are copied from the recording when it is scored,
-- so that averages stay as they were when the consultant moves or the recording is deleted.
create table quality_evaluation (
    id              varchar(36)  primary key,
    recording_id    varchar(100) not null,
    contact_id      varchar(64)  not null,
    form_id         varchar(36)  not null references quality_form (id),
    office_code     varchar(40)  not null,
    queue_code      varchar(60),
    consultant      varchar(64)  not null,
    call_started_at timestamp with time zone not null,
    call_duration_ms bigint      not null,
    evaluator       varchar(64)  not null,
    evaluated_at    timestamp with time zone not null,
    summary         varchar(2000)
);

create index quality_evaluation_office_time on quality_evaluation (office_code, call_started_at);
create index quality_evaluation_consultant on quality_evaluation (consultant, call_started_at);
create index quality_evaluation_recording on quality_evaluation (recording_id);

-- 0 to 5 per criterion, in the form's order
create table quality_score (
    evaluation_id varchar(36) not null references quality_evaluation (id),
    position      integer     not null,
    points        integer     not null check (points between 0 and 5),
    primary key (evaluation_id, position)
);

-- A remark about one moment of the recording
create table quality_comment (
    evaluation_id varchar(36)   not null references quality_evaluation (id),
    position      integer       not null,
    at_ms         bigint        not null check (at_ms >= 0),
    text          varchar(1000) not null,
    primary key (evaluation_id, position)
);
