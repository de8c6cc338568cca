-- What each consultant can take: a skill per queue topic, level 1 (can take it) to 10 (expert)
create table agent_skill (
    username    varchar(64) not null references app_user (username) on delete cascade,
    skill       varchar(60) not null,
    skill_level smallint    not null check (skill_level between 1 and 10),
    primary key (username, skill)
);
