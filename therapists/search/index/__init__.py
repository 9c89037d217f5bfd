"""The search rows held in each process as bit sets: a search is filtered, counted and put in
order in the process, whatever it combines; PostgreSQL finds only its words.

Every term, province and yes-or-no field of the rows is one bit per row (about 13 KB at 100,000
rows), so a filter is an AND of a few of them and a facet's counts one AND and one population
count per option over the rows meeting the other groups: microseconds where the counting pass
took 25 to 400 ms. The offices of the rows are kept sorted by latitude, so a place is a slice of
them and a distance per office in the slice. The page's 20 rows are chosen in the search's
order (nearest, recently confirmed, lowest fee, best match); the page then reads those rows,
their profiles and credentials from the database as before (table.py, search.py).

*Words* are PostgreSQL's: one query finds the rows matching them (their GIN index) or whose
name is like them, with each one's ts_rank over its short words; the rest of the rank (matching
approaches and concerns, a name's likeness) is added here as the SQL search adds it, so both
orders are the same (therapists/search/text.py). The SQLite demo's plain word search stays SQL.

*As fresh as the database.* Every write to the search rows or the offices changes
`SearchIndexVersion` in the same transaction (triggers, migration 0009). A request reads that
number from the database it searches (one primary-key read), and a process whose copy was made
at another number makes it again before answering (held.py): nothing is ever older than what
the request could read itself. A large index (about 4 s at 100,000 rows) is made again in a
thread, and the searches meanwhile go the SQL way (facet_counts.py, filters.py), as they do
with SEARCH_INDEX off.

*The rule on every request.* A row's listing (`listed_until`), its offices' registrations and
the trust in its word on new clients are compared with today and now on each request. A row
past its `stable_until` (a credential or registration may have ended) is asked of PostgreSQL
for the conditions that hang on dates, as the SQL search asks it (therapists/search/conditions.py).
"""
