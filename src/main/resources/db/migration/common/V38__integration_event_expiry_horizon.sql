-- The retention horizon of the event feed: the highest seq that housekeeping has deleted (0: none yet). A feed
-- consumer whose cursor lies below it has missed deleted events and is told so (410 events-expired) instead of
-- silently continuing after the gap. A row of integration_cursor because it is one number per store, like the
-- stage cursors (no stage locks it).
insert into integration_cursor (name, last_seq) values ('expired', 0);
