DROP TABLE "packaged";
