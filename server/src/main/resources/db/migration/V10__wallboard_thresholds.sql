-- Each office's wallboard thresholds (supervisor console); offices without a row use the defaults.
create table wallboard_thresholds (
    office_code                varchar(16) primary key references office (code),
    waiting_amber              integer not null,
    waiting_red                integer not null,
    longest_wait_amber_seconds integer not null,
    longest_wait_red_seconds   integer not null,
    service_level_amber        integer not null,
    service_level_red          integer not null
);
