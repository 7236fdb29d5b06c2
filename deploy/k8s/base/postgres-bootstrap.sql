-- One schema and one login role per service; each role reaches its own schema only (run as superuser in code2asin).
-- The roles get no password here: deploy/local/postgres-passwords.sql sets the local ones, the Job of
-- deploy/k8s/base/db-bootstrap.yaml those of the code2asin-db-<role> secrets.
SET client_min_messages = warning;
REVOKE ALL ON DATABASE code2asin FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
DO $$
DECLARE svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['job_api', 'lookup', 'images', 'exports'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = svc) THEN
      EXECUTE format('CREATE ROLE %I LOGIN', svc);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE code2asin TO %I', svc);
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc, svc);
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', svc);
    EXECUTE format('ALTER ROLE %I IN DATABASE code2asin SET search_path = %I', svc, svc);
  END LOOP;
END $$;
