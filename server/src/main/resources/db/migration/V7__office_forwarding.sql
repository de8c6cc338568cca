-- Where a call sent to an office goes when the office's line is busy or does not answer:
-- office:<CODE>, queue:<code> or message
create table office_forwarding (
    office_code varchar(16) not null references office (code) on delete cascade,
    problem     varchar(16) not null,
    target      varchar(80) not null,
    primary key (office_code, problem)
);
