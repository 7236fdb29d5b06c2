-- The local passwords of the service roles (the services' application.properties defaults); after
-- deploy/k8s/base/postgres-bootstrap.sql, which creates the roles.
ALTER ROLE job_api PASSWORD 'job_api_pw';
ALTER ROLE lookup PASSWORD 'lookup_pw';
ALTER ROLE images PASSWORD 'images_pw';
ALTER ROLE exports PASSWORD 'exports_pw';
