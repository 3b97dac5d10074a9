-- The default catalogue of the product (SPEC §2). Rules read it as data.
INSERT INTO product (code, name, kind, scope, ordinal) VALUES
    ('jira', 'Jira', 'PRODUCT', 'SITE', 1),
    ('confluence', 'Confluence', 'PRODUCT', 'SITE', 2),
    ('jira-service-management', 'Jira Service Management', 'PRODUCT', 'SITE', 3),
    ('loom', 'Loom', 'PRODUCT', 'SITE', 4),
    ('rovo', 'Rovo', 'PRODUCT', 'SITE', 5),
    ('atlassian-guard', 'Atlassian Guard', 'PRODUCT', 'ORGANIZATION', 6),
    ('teamwork-collection', 'Teamwork Collection', 'COLLECTION', 'SITE', 7),
    ('tempo-timesheets', 'Tempo Timesheets', 'APP', 'HOSTS', 8),
    ('scriptrunner', 'ScriptRunner', 'APP', 'HOSTS', 9),
    ('drawio', 'draw.io', 'APP', 'HOSTS', 10);

INSERT INTO product_include (product_code, ordinal, included_code) VALUES
    ('teamwork-collection', 0, 'jira'),
    ('teamwork-collection', 1, 'confluence'),
    ('teamwork-collection', 2, 'loom'),
    ('teamwork-collection', 3, 'rovo');

INSERT INTO product_host (product_code, ordinal, host_code) VALUES
    ('tempo-timesheets', 0, 'jira'),
    ('scriptrunner', 0, 'jira'),
    ('scriptrunner', 1, 'confluence'),
    ('drawio', 0, 'confluence'),
    ('drawio', 1, 'jira');
