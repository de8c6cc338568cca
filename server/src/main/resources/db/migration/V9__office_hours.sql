-- Per office: when its own line takes calls, as an administrator writes it
-- ("mon-fri 08:00-16:00 closed 2026-12-24"); outside them its CLOSED forwarding rule applies.
create table office_hours (
    office_code varchar(16)  primary key references office (code),
    hours       varchar(500) not null
);
