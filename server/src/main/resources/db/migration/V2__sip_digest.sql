-- SIP digest authentication needs HA1 = MD5(user:realm:password), which BCrypt cannot give:
-- kept beside the BCrypt hash (as Kamailio's ha1 column), set whenever a password is set.
alter table app_user add column sip_ha1 varchar(32);
