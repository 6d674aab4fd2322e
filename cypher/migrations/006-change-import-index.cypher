// Bulk imports record their audit changes with an import id; changes(importId:) lists one import's.
CREATE INDEX change_import IF NOT EXISTS FOR (c:Change) ON (c.importId);
