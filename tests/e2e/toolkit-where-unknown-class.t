$ residency where persnal --as-of 2026-11-28
--- stderr
<fact>:1:10: error: unknown class 'persnal'; did you mean 'personal'?
    1 | store of persnal at AQ
      |          ^~~~~~~
--- exit 2
