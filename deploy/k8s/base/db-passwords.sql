-- Run by the Job of db-bootstrap.yaml after postgres-bootstrap.sql: each role's password from its secret
-- (environment variables of the Job; an unset one leaves :'...' unexpanded, a syntax error that fails the Job).
\getenv job_api_password JOB_API_PASSWORD
\getenv lookup_password LOOKUP_PASSWORD
\getenv images_password IMAGES_PASSWORD
\getenv exports_password EXPORTS_PASSWORD
ALTER ROLE job_api PASSWORD :'job_api_password';
ALTER ROLE lookup PASSWORD :'lookup_password';
ALTER ROLE images PASSWORD :'images_password';
ALTER ROLE exports PASSWORD :'exports_password';
