-- Per office: whether consultants must write the wrap-up (topic, outcome, notes) before their next call.
create table office_desk_policy (
    office_code    varchar(16) primary key references office (code),
    notes_required boolean not null
);
