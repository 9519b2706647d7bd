CREATE TABLE "packaged" ("id" integer NOT NULL PRIMARY KEY);
