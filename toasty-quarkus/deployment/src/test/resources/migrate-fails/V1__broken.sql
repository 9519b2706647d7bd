CREATE TABLE "books" (
    "id" BIGINT PRIMARY KEY,
    "title" NO_SUCH_TYPE
);
