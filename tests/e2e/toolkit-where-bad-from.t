$ residency where personal from
--- stderr
<query>:1:10: error: 'from' needs a place (a country code or a declared location)
    1 | personal from
      |          ^~~~
--- exit 2
