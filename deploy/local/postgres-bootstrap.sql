-- One schema and one login role per service; each role reaches its own schema only (run as superuser in code2asin).
SET client_min_messages = warning;
REVOKE ALL ON DATABASE code2asin FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
DO $$
DECLARE svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['job_api', 'lookup', 'images', 'exports'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = svc) THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', svc, svc || '_pw');
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE code2asin TO %I', svc);
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc, svc);
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', svc);
    EXECUTE format('ALTER ROLE %I IN DATABASE code2asin SET search_path = %I', svc, svc);
  END LOOP;
END $$;
