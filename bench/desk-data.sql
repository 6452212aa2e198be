-- Generated practices for the operator list benchmark (bench/run-desk.sh), on PostgreSQL, in a
-- database the application has migrated and filled with the demo municipality. Adds :citizens
-- citizens and :practices sent practices spread over the demo operator's services (those with a
-- form), with statuses, priorities, offices and dates over the last two years. The citizens'
-- codici fiscali (valid, fictional, starting with 'XBN') come from bench/fiscal-codes.py, copied
-- by bench/run-desk.sh into the temporary table bench_code (n, fiscal_code) first. Every generated row is marked (references start with 'bench-', codici fiscali
-- with 'XBN'), so that a second run removes them first.
BEGIN;
DELETE FROM status_change WHERE practice_id IN (SELECT id FROM practice WHERE reference LIKE 'bench-%');
DELETE FROM practice WHERE reference LIKE 'bench-%';
DELETE FROM citizen WHERE fiscal_code LIKE 'XBN%';

INSERT INTO citizen (id, fiscal_code, given_name, family_name, version)
SELECT 1000000000 + n, fiscal_code,
       (ARRAY['Mario','Giulia','Luca','Sara','Paolo','Anna','Marco','Elena','Davide','Chiara'])[1 + n % 10],
       (ARRAY['Rossi','Bianchi','Verdi','Ferrari','Colombo','Galli','Romano','Conti','Greco','Marino'])[1 + (n / 10) % 10] || ' ' || n,
       0
FROM bench_code;

CREATE TEMP TABLE bench_service AS
SELECT s.id, f.id AS form_id, s.office_id, row_number() OVER (ORDER BY s.code) - 1 AS k
FROM service s JOIN form_version f ON f.service_id = s.id
WHERE s.code IN ('segnalazione-disservizio', 'richiesta-assistenza', 'permesso-passo-carrabile', 'permesso-ztl', 'accesso-agli-atti')
  AND f.number = (SELECT max(number) FROM form_version g WHERE g.service_id = s.id);

INSERT INTO practice (id, reference, service_id, form_version_id, applicant_id, applicant_email, role, privacy_accepted_at,
                      form_data, step, status, created_at, updated_at, sent_at, auth_method, auth_level, version,
                      office_id, priority, status_changed_at)
SELECT 2000000000 + n, 'bench-' || lpad(n::text, 30, '0'), s.id, s.form_id, 1000000000 + 1 + n % :citizens,
       'bench@example.org', 'SELF', t.sent, '{}', 0,
       (ARRAY['ACQUIRED','ACQUIRED','IN_PROGRESS','IN_PROGRESS','WAITING_INTEGRATION','ACCEPTED','ACCEPTED','REJECTED','WITHDRAWN','PARTIALLY_ACCEPTED'])[1 + n % 10],
       t.sent, t.sent + interval '2 days', t.sent, (ARRAY['SPID','CIE','CNS'])[1 + n % 3], 'https://www.spid.gov.it/SpidL2', 0,
       CASE WHEN n % 4 = 0 THEN NULL ELSE s.office_id END, n % 4, t.sent + interval '2 days'
FROM generate_series(1, :practices) AS n
JOIN bench_service s ON s.k = n % (SELECT count(*) FROM bench_service)
CROSS JOIN LATERAL (SELECT now() - (n % 730) * interval '1 day' - (n % 1440) * interval '1 minute' AS sent) t;

INSERT INTO status_change (id, practice_id, status, changed_at, actor_kind, actor)
SELECT 2000000000 + n, 2000000000 + n, 'ACQUIRED', now() - (n % 730) * interval '1 day', 'SYSTEM', 'sportello'
FROM generate_series(1, :practices) AS n;
COMMIT;
ANALYZE citizen;
ANALYZE practice;
ANALYZE status_change;
