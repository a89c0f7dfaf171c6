-- Spring Modulith's event publication registry (schema v2), H2 flavour.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL PRIMARY KEY,
  completion_date        TIMESTAMP(9) WITH TIME ZONE,
  event_type             VARCHAR(512) NOT NULL,
  listener_id            VARCHAR(512) NOT NULL,
  publication_date       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  serialized_event       VARCHAR(1000000) NOT NULL,
  status                 VARCHAR(20),
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
