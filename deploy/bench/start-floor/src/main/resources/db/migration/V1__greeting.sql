create table greeting (id varchar(64) primary key, text text);
