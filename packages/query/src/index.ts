// Public surface of @wiregraph/query.
