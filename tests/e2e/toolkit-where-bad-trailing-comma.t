$ residency where 'personal,' --as-of 2026-11-28
--- stderr
<query>:1:10: error: unexpected end of input; expected a class name
    1 | personal,
      |          ^
--- exit 2
