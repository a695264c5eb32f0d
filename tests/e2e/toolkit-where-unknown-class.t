$ residency where persnal --as-of 2026-11-28
--- stderr
<query>:1:1: error: unknown class 'persnal'; did you mean 'personal'?
    1 | persnal
      | ^~~~~~~
--- exit 2
