-- The offices an operator works in and the services an operator is enabled for.
CREATE TABLE staff_account_office (
    staff_account_id  BIGINT NOT NULL,
    office_id         BIGINT NOT NULL,
    CONSTRAINT pk_staff_account_office PRIMARY KEY (staff_account_id, office_id),
    CONSTRAINT fk_staff_account_office_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id),
    CONSTRAINT fk_staff_account_office_office FOREIGN KEY (office_id) REFERENCES office (id)
);

CREATE TABLE staff_account_service (
    staff_account_id  BIGINT NOT NULL,
    service_id        BIGINT NOT NULL,
    CONSTRAINT pk_staff_account_service PRIMARY KEY (staff_account_id, service_id),
    CONSTRAINT fk_staff_account_service_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id),
    CONSTRAINT fk_staff_account_service_service FOREIGN KEY (service_id) REFERENCES service (id)
);
