// Indexes for the filters and sorts the API offers.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX state_iso2 IF NOT EXISTS FOR (n:State) ON (n.iso2);
CREATE INDEX state_region IF NOT EXISTS FOR (n:State) ON (n.region);
CREATE INDEX instrument_type IF NOT EXISTS FOR (n:Instrument) ON (n.type);
CREATE INDEX instrument_adopted_year IF NOT EXISTS FOR (n:Instrument) ON (n.adoptedYear);
CREATE INDEX ratified_year IF NOT EXISTS FOR ()-[r:RATIFIED]-() ON (r.year);
CREATE INDEX member_of_role IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.role);
