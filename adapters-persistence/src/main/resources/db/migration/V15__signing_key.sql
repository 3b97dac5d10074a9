-- R18: the keys the portal signs links with (unsubscribe links), one per purpose, made by the first
-- instance that needs one and then shared by every instance on this database.
CREATE TABLE signing_key (
    purpose    VARCHAR(40) PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
