// Public surface of @wiregraph/loader.
