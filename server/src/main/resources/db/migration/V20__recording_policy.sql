-- Per office: whether its calls are recorded (ALL from the answer, NONE, ON_DEMAND from the
-- consultant's start) and whether consultants may pause a recording; an office without a row
-- records all calls and allows pauses.
create table office_recording_policy (
    office_code   varchar(16) primary key references office (code),
    mode          varchar(16) not null check (mode in ('ALL', 'NONE', 'ON_DEMAND')),
    pause_allowed boolean     not null
);

-- Queues of an office whose mode differs from the office's.
create table queue_recording_mode (
    office_code varchar(16) not null references office (code),
    queue_code  varchar(60) not null,
    mode        varchar(16) not null check (mode in ('ALL', 'NONE', 'ON_DEMAND')),
    primary key (office_code, queue_code)
);
