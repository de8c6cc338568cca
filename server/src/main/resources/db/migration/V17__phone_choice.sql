-- Which phone rings for a consultant: their SIP phone (desk or softphone, the default when no
-- row exists) or the browser phone on their desk page.
create table phone_choice (
    username varchar(64) primary key references app_user (username) on delete cascade,
    phone    varchar(8)  not null check (phone in ('SIP', 'BROWSER'))
);
