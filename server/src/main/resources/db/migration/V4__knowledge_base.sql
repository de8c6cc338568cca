-- The knowledge base: every version of every article (the newest is the article), the taxonomy and
-- the editors' synonyms. Articles are kept whole as JSON; search runs on the Lucene index.
create table kb_article_version (
    article_id     varchar(120) not null,
    number         integer      not null,
    author         varchar(64)  not null,
    edited_at      timestamp with time zone not null,
    note           varchar(1000) not null,
    changed_fields varchar(2000) not null,
    data           text         not null,
    primary key (article_id, number)
);

create table kb_article (
    id     varchar(120) primary key,
    latest integer      not null
);

create table kb_document (
    name       varchar(40) primary key,
    data       text        not null,
    updated_by varchar(64) not null,
    updated_at timestamp with time zone not null
);
