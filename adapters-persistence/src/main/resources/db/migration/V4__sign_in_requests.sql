-- Sign-in links asked for and not yet issued: asking only adds a row here, whoever the email
-- belongs to, and the links are issued off the request path.
CREATE TABLE sign_in_request (
    id           VARCHAR(36)  PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_request_by_time ON sign_in_request (requested_at, id);
