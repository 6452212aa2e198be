-- The instances that run background jobs, each with the moment it last said it is alive, and the
-- instance that runs each job execution. An execution still "started" whose instance has stopped
-- saying so was interrupted (the instance died); a new execution, started on another instance,
-- takes over what it left (taken_over_by).
CREATE TABLE job_node (
    name     VARCHAR(100)  NOT NULL,
    seen_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_job_node PRIMARY KEY (name)
);

CREATE TABLE job_execution_node (
    execution_id  BIGINT        NOT NULL,
    node          VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    taken_over_by BIGINT,
    CONSTRAINT pk_job_execution_node PRIMARY KEY (execution_id)
);
